import sys
class Thing:
    pass
t = Thing()
base = sys.getrefcount(t)
def a(x=t):
    return x
print(sys.getrefcount(t) - base)
def b(x=t, y=t):
    return x
print(sys.getrefcount(t) - base)
del a
print(sys.getrefcount(t) - base)
b.__defaults__ = (None, None)
print(sys.getrefcount(t) - base)
