import gc
class Key:
    pass
k = Key()
v = Key()
d = {k: v}
print(len(gc.get_referents(d)))
print(gc.get_referents(d)[0] is v, gc.get_referents(d)[1] is k)
print(any(f is d for f in gc.get_referrers(k)), any(f is d for f in gc.get_referrers(v)))
e = {"name": v}
print(gc.get_referents(e) == [v])
