import sys
class Thing:
    pass
t = Thing()
base = sys.getrefcount(t)
def outer(o):
    def inner():
        return o
    return inner
f = outer(t)
print(sys.getrefcount(t) - base)
g = outer(t)
print(sys.getrefcount(t) - base)
h = f
print(sys.getrefcount(t) - base)
del f
print(sys.getrefcount(t) - base)
del g, h
print(sys.getrefcount(t) - base)
