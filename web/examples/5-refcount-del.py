# Reference counting, seen through __del__: an object is freed the
# moment its last reference goes away, not later.
class Noisy:
    def __init__(self, name):
        self.name = name
    def __del__(self):
        print("__del__", self.name)

a = Noisy("a")
b = a
del a
print("a deleted; b still refers to the object")
b = None
print("after b = None")

def f():
    tmp = Noisy("tmp")
    print("in f")

f()
print("after f returned")
