import gc
gc.collect()
class Noisy:
    def __init__(self, name):
        self.name = name
    def __del__(self):
        print("finalize", self.name)
a = Noisy("a")
a.me = a
a.kids = [Noisy("kid0"), Noisy("kid1")]
del a
print("collected", gc.collect())
