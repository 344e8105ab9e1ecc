import gc
import weakref
gc.collect()
keep = []
class Phoenix:
    def __del__(self):
        keep.append(self)
p = Phoenix()
r = weakref.ref(p)
del p
print("refcount death, weakref alive:", r() is keep[0])
q = Phoenix()
q.me = q
rq = weakref.ref(q)
del q
print("gc:", gc.collect())
print("gc death, weakref alive:", rq() is not None, len(keep))
