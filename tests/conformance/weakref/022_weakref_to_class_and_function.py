import gc
import weakref
gc.collect()
def helper():
    return 1
class Temp:
    pass
rf = weakref.ref(helper)
rc = weakref.ref(Temp)
print(rf()(), rc().__name__)
del helper
print(rf())
del Temp
print(rc() is None)
gc.collect()
print(rc() is None)
