import sys
class Thing:
    pass
t = Thing()
base = sys.getrefcount(t)
s = {t}
print(sys.getrefcount(t) - base)
s.add(t)
print(sys.getrefcount(t) - base, len(s))
fs = frozenset([t, t])
print(sys.getrefcount(t) - base)
s.discard(t)
print(sys.getrefcount(t) - base)
del fs
print(sys.getrefcount(t) - base)
