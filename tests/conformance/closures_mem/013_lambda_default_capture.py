import sys
class V:
    pass
vals = [V(), V(), V()]
late = [lambda: v for v in vals]
early = [lambda v=v: v for v in vals]
print([f() is vals[2] for f in late])
print([f() is vals[i] for i, f in enumerate(early)])
print(sys.getrefcount(vals[0]), sys.getrefcount(vals[2]))
del late
print(sys.getrefcount(vals[2]))
del early
print(sys.getrefcount(vals[0]), sys.getrefcount(vals[2]))
