import gc
gc.collect()
gc.set_debug(gc.DEBUG_SAVEALL)
class A:
    pass
a = A()
a.items = [a, (a, 1)]
a.d = {"k": [1]}
del a
print(gc.collect())
print(sorted(type(o).__name__ for o in gc.garbage))
gc.set_debug(0)
gc.garbage.clear()
print(gc.collect())
