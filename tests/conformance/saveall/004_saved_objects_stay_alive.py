import gc
import weakref
gc.collect()
gc.set_debug(gc.DEBUG_SAVEALL)
class Node:
    def __init__(self, name):
        self.name = name
n = Node("kept")
n.me = n
r = weakref.ref(n)
del n
print(gc.collect())
print(r() is None, gc.garbage[0].name, gc.garbage[0].me is gc.garbage[0])
print(gc.collect())
gc.set_debug(0)
gc.garbage.clear()
print(gc.collect())
