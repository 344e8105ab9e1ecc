import gc
gc.collect()
class Noisy:
    def __init__(self, name):
        self.name = name
    def __del__(self):
        print("finalize", self.name)
a = Noisy("a")
b = Noisy("b")
c = Noisy("c")
a.n = b
b.n = c
c.n = a
del c, b, a
print("collected", gc.collect())
