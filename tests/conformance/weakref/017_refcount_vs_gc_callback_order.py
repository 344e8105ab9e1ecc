import gc
import weakref
gc.collect()
class Target:
    def __init__(self, name):
        self.name = name
    def __del__(self):
        print("  __del__", self.name)
def cb(ref):
    print("  callback")
print("refcount death:")
a = Target("a")
ra = weakref.ref(a, cb)
del a
print("gc death:")
b = Target("b")
b.me = b
rb = weakref.ref(b, cb)
del b
print("collected", gc.collect())
