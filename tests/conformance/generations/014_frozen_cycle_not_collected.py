import gc
gc.collect()
class Noisy:
    def __del__(self):
        print("__del__")
n = Noisy()
n.me = n
gc.freeze()
del n
print("collect while frozen:", gc.collect())
gc.unfreeze()
print("collect after unfreeze:", gc.collect())
