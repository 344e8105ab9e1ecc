class Noisy:
    def __init__(self, name):
        self.name = name
    def __del__(self):
        print("destroy", self.name)
def gen():
    res = Noisy("resource")
    try:
        yield 1
    finally:
        print("finally on close")
    print("not reached")
g = gen()
next(g)
print("dropping generator")
g = None
print("end")
