import gc
import weakref
gc.collect()
class Node:
    def __init__(self, name):
        self.name = name
    def __del__(self):
        print("__del__", self.name)
def cb_for(label):
    def cb(ref):
        print("callback", label, ref() is None)
    return cb
a = Node("a")
b = Node("b")
a.peer = b
b.peer = a
refs = [weakref.ref(a, cb_for("a1")), weakref.ref(a, cb_for("a2")),
        weakref.ref(b, cb_for("b1"))]
del a, b
print("collected", gc.collect())
print([r() for r in refs])
