import gc
class Target:
    pass
t = Target()
s = {t}
n = 1
pair = (t, n)
found = gc.get_referrers(t)
print(len(found))
print(sorted(type(f).__name__ for f in found))
print(any(f is s for f in found), any(f is pair for f in found))
