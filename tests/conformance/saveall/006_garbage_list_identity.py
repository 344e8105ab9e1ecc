import gc
gc.collect()
g = gc.garbage
print(type(g).__name__, g)
gc.set_debug(gc.DEBUG_SAVEALL)
x = []
x.append(x)
del x
gc.collect()
print(g is gc.garbage, len(g))
gc.set_debug(0)
del gc.garbage[:]
print(len(g), gc.collect())
