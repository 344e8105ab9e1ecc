# A class is weakly referenced by each base's __subclasses__ registry: that
# is the basic weak reference weakref.ref(cls) hands out, and it goes when
# the class dies.
import gc
import weakref
class A:
    pass
class B(A):
    pass
class C(A):
    pass
print(A.__subclasses__(), weakref.getweakrefcount(A), weakref.getweakrefcount(B))
r = weakref.ref(B)
print(weakref.getweakrefcount(B), r is weakref.getweakrefs(B)[0], r() is B)
print(bool.__subclasses__(), A in object.__subclasses__())
cref = weakref.ref(C)
del C
print("collected:", gc.collect(), cref() is None, A.__subclasses__())
print(len(gc.get_referrers(A)))
