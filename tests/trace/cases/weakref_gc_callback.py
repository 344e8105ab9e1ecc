# A weakref whose referent dies in a collection: the collector clears it
# but keeps its callback (CPython's _PyWeakref_ClearRef), calls it, and the
# ref holds the callback until the ref dies. When the referent dies of its
# refcount instead, the ref drops its callback before calling it.
import gc, sys, weakref

class Node:
    pass

def gone(ref):
    print("callback ran")

a = Node()
a.me = a
r = weakref.ref(a, gone)
print(sys.getrefcount(gone), r.__callback__ is gone)
del a
gc.collect()
print(sys.getrefcount(gone), r.__callback__ is gone)
b = Node()
r2 = weakref.ref(b, gone)
del b
print(sys.getrefcount(gone), r2.__callback__)
del r
print(sys.getrefcount(gone))
