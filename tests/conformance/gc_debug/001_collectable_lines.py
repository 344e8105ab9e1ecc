import gc
gc.collect()
class Node:
    pass
gc.set_debug(gc.DEBUG_COLLECTABLE)
n = Node()
n.me = n
n.data = [1, 2]
del n
print("collected", gc.collect())
gc.set_debug(0)
print("debug off")
