# Objects gc.freeze() moved to the permanent generation are never collected
# by python3, not even at exit: no __del__, generator close or weakref
# callback runs for them. (fuzz_gc: a __del__ run while the interpreter was
# being freed made a new cycle that outlived the types it used.)
import gc, weakref
class N:
    def __init__(self, tag):
        self.tag = tag
class K(N):
    def __del__(self):
        print("K.__del__", self.tag)
        c = N(-self.tag)
        c.me = c
        c.was = self
def gen():
    try:
        yield 1
    finally:
        print("generator closed")
k = K(1)
k.me = k
g = gen()
next(g)
k.g = g
r = weakref.ref(k, lambda ref: print("callback"))
gc.freeze()
print("frozen", gc.get_freeze_count() > 0)
del k, g
print("collected", gc.collect())
