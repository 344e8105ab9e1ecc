import gc
gc.collect()
import weakref
class Temp:
    def __del__(self):
        print("instance freed")
t = Temp()
cls_ref = weakref.ref(Temp)
del Temp
print("class alive:", cls_ref() is not None)
del t
print("class alive after instance:", cls_ref() is not None)
print("collected", gc.collect())
print("class alive after collect:", cls_ref() is not None)
