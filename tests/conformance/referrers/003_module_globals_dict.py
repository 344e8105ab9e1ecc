import gc
class Target:
    pass
t = Target()
found = gc.get_referrers(t)
print(len(found), type(found[0]).__name__)
print(found[0] is globals())
holder = [t]
box = {"t": t}
found = gc.get_referrers(t)
print(len(found))
print(sorted(type(f).__name__ for f in found))
print(any(f is holder for f in found), any(f is box for f in found))
