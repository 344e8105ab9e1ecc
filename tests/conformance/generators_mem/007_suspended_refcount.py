import sys
class Thing:
    pass
t = Thing()
base = sys.getrefcount(t)
def hold(o):
    yield 1
    yield 2
g = hold(t)
print(sys.getrefcount(t) - base)
next(g)
print(sys.getrefcount(t) - base)
list(g)
print(sys.getrefcount(t) - base)
