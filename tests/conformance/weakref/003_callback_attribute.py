import weakref
class Target:
    pass
def cb(ref):
    print("callback, ref dead:", ref() is None)
t = Target()
r = weakref.ref(t, cb)
plain = weakref.ref(t)
print(r.__callback__ is cb, plain.__callback__)
del t
print(r.__callback__)
