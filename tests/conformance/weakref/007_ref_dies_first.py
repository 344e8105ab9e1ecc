import weakref
class Target:
    pass
def cb(ref):
    print("callback")
t = Target()
r = weakref.ref(t, cb)
del r
del t
print("no callback printed")
u = Target()
r2 = weakref.ref(u, cb)
del u
print("end")
