import gc
gc.collect()
print(gc.DEBUG_LEAK == gc.DEBUG_COLLECTABLE | gc.DEBUG_UNCOLLECTABLE | gc.DEBUG_SAVEALL)
gc.set_debug(gc.DEBUG_LEAK)
x = []
x.append(x)
del x
print("collected", gc.collect())
print(len(gc.garbage), gc.garbage[0][0] is gc.garbage[0])
gc.set_debug(0)
gc.garbage.clear()
print(gc.collect())
