import weakref
class Target:
    pass
def done(label):
    print("finalizer:", label)
a = Target()
b = Target()
fa = weakref.finalize(a, done, "a at exit")
fb = weakref.finalize(b, done, "b skipped")
fb.atexit = False
print(fa.atexit, fb.atexit)
print("last line")
