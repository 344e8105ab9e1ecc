# A reference cycle: after del, each Node still has one reference
# (from the other), so refcounting never frees them. Only the cyclic
# garbage collector finds them unreachable.
import gc

class Node:
    def __init__(self, name):
        self.name = name
        self.other = None
    def __del__(self):
        print("__del__", self.name)

gc.disable()           # no automatic collection: we choose when
a = Node("a")
b = Node("b")
a.other = b
b.other = a
del a, b
print("names gone; the cycle keeps both refcounts at 1")
print("collected", gc.collect())
