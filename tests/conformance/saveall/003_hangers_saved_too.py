import gc
gc.collect()
gc.set_debug(gc.DEBUG_SAVEALL)
class Node:
    pass
a = Node()
b = Node()
a.peer = b
b.peer = a
a.data = [1, 2]
b.meta = {"k": "v"}
del a, b
print(gc.collect())
print(sorted(type(o).__name__ for o in gc.garbage))
saved = [o for o in gc.garbage if type(o) is list]
print(saved)
gc.set_debug(0)
gc.garbage.clear()
del saved
print(gc.collect())
