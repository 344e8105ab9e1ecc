class Noisy:
    def __init__(self, name):
        self.name = name
    def __del__(self):
        print("destroy", self.name)
def work():
    res = Noisy("resource")
    try:
        return "result"
    finally:
        print("finally runs")
        res = None
        print("finally done")
print(work())
def work2():
    res = Noisy("resource2")
    try:
        raise ValueError("v")
    finally:
        print("finally with exception")
try:
    work2()
except ValueError:
    print("handled")
print("end")
