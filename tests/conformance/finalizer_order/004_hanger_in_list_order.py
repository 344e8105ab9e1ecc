import gc
gc.collect()
class Noisy:
    def __init__(self, name):
        self.name = name
    def __del__(self):
        print("finalize", self.name)
early = Noisy("hanger made first")
a = Noisy("a")
b = Noisy("b")
a.p = b
b.p = a
b.extra = early
late = Noisy("hanger made last")
a.extra = late
del early, late, a, b
print("collected", gc.collect())
