import weakref
class Target:
    pass
def done(label):
    print("finalizer:", label)
t = Target()
f = weakref.finalize(t, done, "t")
info = f.detach()
print(info[0] is t, info[1] is done, info[2], info[3])
print(f.alive, f.detach())
del t, info
print("no finalizer ran")
u = Target()
g = weakref.finalize(u, done, "u")
print(g.peek()[2])
del u
print(g.peek())
