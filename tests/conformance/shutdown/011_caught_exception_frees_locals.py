class Noisy:
    def __init__(self, name):
        self.name = name
    def __del__(self):
        print("destroy", self.name)
def fail():
    local = Noisy("local")
    raise KeyError("k")
try:
    fail()
except KeyError:
    print("handled")
print("after handler")
g = Noisy("global")
print("end")
