import gc
gc.collect()
class Noisy:
    def __del__(self):
        print("__del__ runs")
gc.set_debug(gc.DEBUG_SAVEALL)
n = Noisy()
n.me = n
del n
print(gc.collect(), len(gc.garbage))
gc.set_debug(0)
gc.garbage.clear()
print(gc.collect())
print("end")
