import gc
import weakref
gc.collect()
class Res:
    pass
def report(*args, **kwargs):
    print("report", args, sorted(kwargs.items()))
    return len(args)
r = Res()
f = weakref.finalize(r, report, 1, 2, key="v")
print(f.peek()[2:], f.alive)
r.me = r
del r
print("collected", gc.collect())
print(f.alive, f(), f.peek(), f.detach())
