import gc
gc.collect()
class Noisy:
    def __del__(self):
        print("__del__")
gc.set_debug(gc.DEBUG_UNCOLLECTABLE)
n = Noisy()
n.me = n
del n
print("collected", gc.collect(), "garbage", gc.garbage)
gc.set_debug(0)
