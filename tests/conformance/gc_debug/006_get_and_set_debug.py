import gc
print(gc.get_debug())
gc.set_debug(gc.DEBUG_COLLECTABLE | gc.DEBUG_SAVEALL)
print(gc.get_debug())
try:
    gc.set_debug("all")
except TypeError as e:
    print(type(e).__name__, e)
print(gc.get_debug())
gc.set_debug(0)
print(gc.get_debug())
