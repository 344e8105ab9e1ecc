# Reference counting frees an object the moment its last reference goes.
import sys

class Tracked:
    def __init__(self, name):
        self.name = name
    def __del__(self):
        print("freeing", self.name)

a = Tracked("a")
b = a
print(sys.getrefcount(a))
del a
print("a deleted, b still refers")
b = None
print("after b = None")
def f():
    local = Tracked("local")
    return 42
print(f())
