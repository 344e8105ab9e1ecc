import weakref
class Target:
    pass
def callback(ref):
    print("callback running")
    raise KeyError("in callback")
t = Target()
r = weakref.ref(t, callback)
del t
print("dead:", r() is None)
