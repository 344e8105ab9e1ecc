import gc
import weakref
gc.collect()
class Node:
    pass
holder = {}
def forget(ref):
    del holder["r"]
n = Node()
n.me = n
holder["r"] = weakref.ref(n, forget)
del n
print("collected", gc.collect(), len(holder))
m = Node()
m.me = m
keep = weakref.ref(m, lambda r: None)
del m
print("collected", gc.collect())
