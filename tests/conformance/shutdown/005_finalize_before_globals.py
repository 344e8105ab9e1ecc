import gc
import weakref
gc.collect()
class Noisy:
    def __init__(self, name):
        self.name = name
    def __del__(self):
        print("destroy", self.name)
g = Noisy("global")
c = Noisy("cycle")
c.me = c
del c
f = weakref.finalize(g, print, "finalize callback for global")
print("end")
