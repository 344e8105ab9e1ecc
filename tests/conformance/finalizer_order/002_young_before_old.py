import gc
gc.collect()
class Noisy:
    def __init__(self, name):
        self.name = name
    def __del__(self):
        print("finalize", self.name)
old = Noisy("old")
gc.collect(0)
young = Noisy("young")
old.p = young
young.p = old
del old, young
print("collected", gc.collect())
