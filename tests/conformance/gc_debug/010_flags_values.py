import gc
print(gc.DEBUG_STATS, gc.DEBUG_COLLECTABLE, gc.DEBUG_UNCOLLECTABLE, gc.DEBUG_SAVEALL, gc.DEBUG_LEAK)
gc.set_debug(gc.DEBUG_LEAK)
print(gc.get_debug() == gc.DEBUG_LEAK)
gc.set_debug(0)
print(gc.get_debug())
try:
    gc.set_debug("x")
except TypeError as e:
    print("TypeError", e)
print(gc.isenabled())
gc.disable()
print(gc.isenabled())
gc.enable()
print(gc.isenabled())
