import gc
gc.collect()
class Node:
    pass
def make():
    x = Node()
    def inner():
        return x
    x.callback = inner
make()
gc.set_debug(gc.DEBUG_COLLECTABLE)
print("collected", gc.collect())
gc.set_debug(0)
