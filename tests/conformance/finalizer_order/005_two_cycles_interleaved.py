import gc
gc.collect()
class Noisy:
    def __init__(self, name):
        self.name = name
    def __del__(self):
        print("finalize", self.name)
x1 = Noisy("x1")
y1 = Noisy("y1")
x2 = Noisy("x2")
y2 = Noisy("y2")
x1.p = x2
x2.p = x1
y1.p = y2
y2.p = y1
del y2, x2, y1, x1
print("collected", gc.collect())
