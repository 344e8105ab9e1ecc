# A weak reference does not keep its target alive; its callback runs when
# the target dies.
import weakref

class Target:
    pass

def gone(ref):
    print("callback: target gone, ref() is", ref())

t = Target()
r = weakref.ref(t, gone)
print(r() is t)
del t
print("after del:", r())
