import gc
gc.collect()
class Target:
    pass
t = Target()
holder = [t]
print(any(r is holder for r in gc.get_referrers(t)))
gc.freeze()
print(any(r is holder for r in gc.get_referrers(t)), len(gc.get_referrers(t)))
late = [t]
print(len(gc.get_referrers(t)), gc.get_referrers(t)[0] is late)
gc.unfreeze()
print(len(gc.get_referrers(t)))
