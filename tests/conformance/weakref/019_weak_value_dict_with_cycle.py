import gc
import weakref
gc.collect()
class Node:
    pass
cache = weakref.WeakValueDictionary()
n = Node()
n.me = n
cache["n"] = n
del n
print("n" in cache, len(cache))
gc.collect()
print("n" in cache, len(cache))
