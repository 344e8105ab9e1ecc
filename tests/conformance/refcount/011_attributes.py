import sys
class Holder:
    pass
class Thing:
    pass
t = Thing()
base = sys.getrefcount(t)
h = Holder()
h.a = t
h.b = t
print(sys.getrefcount(t) - base)
h.a = None
print(sys.getrefcount(t) - base)
Holder.shared = t
print(sys.getrefcount(t) - base)
del h
print(sys.getrefcount(t) - base)
del Holder.shared
print(sys.getrefcount(t) - base)
