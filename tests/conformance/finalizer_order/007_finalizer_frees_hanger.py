import gc
gc.collect()
class Noisy:
    def __init__(self, name):
        self.name = name
    def __del__(self):
        print("finalize", self.name)
        self.child = None
a = Noisy("a")
b = Noisy("b")
a.p = b
b.p = a
a.child = Noisy("a.child")
b.child = Noisy("b.child")
del a, b
print("collected", gc.collect())
