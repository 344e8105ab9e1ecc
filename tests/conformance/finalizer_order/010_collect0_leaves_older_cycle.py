import gc
gc.collect()
class Noisy:
    def __init__(self, name):
        self.name = name
    def __del__(self):
        print("finalize", self.name)
a = Noisy("old-a")
a.me = a
gc.collect(0)
b = Noisy("young-b")
b.me = b
del a, b
print("collect(0):", gc.collect(0))
print("collect():", gc.collect())
