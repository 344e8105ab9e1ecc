import weakref
class Target:
    pass
def cb(ref):
    pass
t = Target()
a = weakref.ref(t)
b = weakref.ref(t)
c = weakref.ref(t, cb)
print(a is b, a is c)
print(weakref.getweakrefcount(t))
print(len(weakref.getweakrefs(t)))
del c
print(weakref.getweakrefcount(t))
