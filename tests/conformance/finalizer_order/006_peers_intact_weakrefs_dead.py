import gc
import weakref
gc.collect()
class Noisy:
    def __init__(self, name):
        self.name = name
    def __del__(self):
        print(self.name, "sees peer", self.peer.name, "weakref alive:", self.wr() is not None)
a = Noisy("a")
b = Noisy("b")
a.peer = b
b.peer = a
a.wr = weakref.ref(b)
b.wr = weakref.ref(a)
del a, b
print("collected", gc.collect())
