import gc
gc.collect()
class Noisy:
    def __init__(self, name):
        self.name = name
    def __del__(self):
        print("finalize", self.name)
g2 = Noisy("in gen2")
gc.collect()
g1 = Noisy("in gen1")
gc.collect(0)
g0 = Noisy("in gen0")
g2.n = g1
g1.n = g0
g0.n = g2
del g2, g1, g0
print("collected", gc.collect())
