import gc
class Target:
    pass
t = Target()
holder = [t]
other = {"t": t}
class Keeper:
    pass
k = Keeper()
k.t = t
print(sorted(type(r).__name__ for r in gc.get_referrers(t)))
print(len(gc.get_referrers(k)), sorted(set(type(r).__name__ for r in gc.get_referrers(Keeper))))
def f():
    local = Target()
    return len(gc.get_referrers(local))
print(f())
