import sys
class Thing:
    pass
t = Thing()
base = sys.getrefcount(t)
def use(a=t, *, b=t):
    return sys.getrefcount(a) - base
print(sys.getrefcount(t) - base)
print(use())
print(use(t))
del use
print(sys.getrefcount(t) - base)
