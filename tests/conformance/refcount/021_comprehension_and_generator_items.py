import sys
class Thing:
    pass
t = Thing()
base = sys.getrefcount(t)
doubled = [t for i in range(3)]
print(sys.getrefcount(t) - base)
pairs = {i: t for i in range(2)}
print(sys.getrefcount(t) - base)
total = sum(1 for x in [t, t])
print(total, sys.getrefcount(t) - base)
del doubled, pairs
print(sys.getrefcount(t) - base)
