import sys
class Thing:
    pass
t = Thing()
print(sys.getrefcount(t))
a = t
print(sys.getrefcount(t))
b = t
c = a
print(sys.getrefcount(t))
del a
print(sys.getrefcount(t))
b = None
c = Thing()
print(sys.getrefcount(t))
