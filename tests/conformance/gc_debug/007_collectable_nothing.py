import gc
gc.collect()
class Node:
    pass
gc.set_debug(gc.DEBUG_COLLECTABLE)
keep = Node()
keep.me = keep
temp = [Node(), Node()]
del temp
print("collected", gc.collect())
gc.set_debug(0)
print("no lines on stderr")
