import sys
class Thing:
    pass
t = Thing()
u = Thing()
bt = sys.getrefcount(t)
bu = sys.getrefcount(u)
d = dict.fromkeys(["a", "b", "c"], t)
print(sys.getrefcount(t) - bt)
d["b"] = u
print(sys.getrefcount(t) - bt, sys.getrefcount(u) - bu)
d2 = d.copy()
print(sys.getrefcount(t) - bt, sys.getrefcount(u) - bu)
d.clear()
print(sys.getrefcount(t) - bt, sys.getrefcount(u) - bu)
