import sys
class Thing:
    pass
t = Thing()
base = sys.getrefcount(t)
pair = t, t
print(sys.getrefcount(t) - base)
a, b = pair
print(sys.getrefcount(t) - base)
del pair
print(sys.getrefcount(t) - base)
a, b = b, a
print(sys.getrefcount(t) - base)
a = b = None
print(sys.getrefcount(t) - base)
