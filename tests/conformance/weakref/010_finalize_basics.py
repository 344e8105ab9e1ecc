import weakref
class Target:
    pass
def done(label):
    print("finalizer:", label)
    return label.upper()
t = Target()
f = weakref.finalize(t, done, "t")
print(f.alive, f.atexit)
del t
print(f.alive)
u = Target()
g = weakref.finalize(u, done, "u")
print(g())
print(g(), g.alive)
del u
print("end")
