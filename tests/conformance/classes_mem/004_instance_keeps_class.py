import gc
import weakref
gc.collect()
class Temp:
    pass
t = Temp()
r = weakref.ref(Temp)
del Temp
gc.collect()
print(r() is type(t), r().__name__)
del t
gc.collect()
print(r() is None)
