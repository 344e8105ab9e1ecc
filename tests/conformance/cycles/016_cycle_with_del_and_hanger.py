import gc
gc.collect()
class Noisy:
    def __init__(self, name):
        self.name = name
    def __del__(self):
        print("destroy", self.name)
a = Noisy("a")
a.me = a
a.extra = Noisy("extra")
del a
print("before collect")
print("collected", gc.collect())
