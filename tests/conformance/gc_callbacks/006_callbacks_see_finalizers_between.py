import gc
gc.collect()
class Noisy:
    def __del__(self):
        print("  __del__")
def cb(phase, info):
    print("callback", phase, info["collected"])
n = Noisy()
n.me = n
del n
gc.callbacks.append(cb)
print("returned", gc.collect())
gc.callbacks.remove(cb)
