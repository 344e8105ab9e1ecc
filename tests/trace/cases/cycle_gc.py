# A reference cycle survives refcounting; gc.collect() finds and frees it.
import gc

class Node:
    def __init__(self, name):
        self.name = name
        self.other = None
    def __del__(self):
        print("del", self.name)

a = Node("a")
b = Node("b")
a.other = b
b.other = a
del a, b
print("cycle unreachable, not freed yet")
print("collected", gc.collect())
print("done")
