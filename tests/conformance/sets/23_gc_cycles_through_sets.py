import gc
class A:
    pass
gc.collect()
a = A()
a.s = {a}
del a
print("instance <-> set:", gc.collect())
s = set()
it = iter(s)
s.add(it)
del s, it
print("set <-> set_iterator:", gc.collect())
f = A()
f.fs = frozenset([f, 1, 2])
del f
print("instance <-> frozenset:", gc.collect())
print(gc.get_referents({3, 1, 2}), gc.get_referents(frozenset({(1, 2)})))
t = (1, 2)
s2 = {t, 5}
print(len(gc.get_referrers(t)) >= 1, gc.is_tracked(s2))
