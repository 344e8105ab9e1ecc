import gc
import weakref
gc.collect()
class Node:
    pass
def cb(ref):
    print("callback runs")
a = Node()
b = Node()
a.peer = b
b.peer = a
a.watch = weakref.ref(b, cb)
outside = weakref.ref(a, cb)
del a, b
print("collected", gc.collect())
print(outside() is None)
