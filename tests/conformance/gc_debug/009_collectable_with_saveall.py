import gc
gc.collect()
class Pair:
    pass
p = Pair()
q = Pair()
p.q = q
q.p = p
del p, q
gc.set_debug(gc.DEBUG_COLLECTABLE | gc.DEBUG_SAVEALL)
print(gc.collect())
gc.set_debug(0)
print(len(gc.garbage))
gc.garbage.clear()
print(gc.collect())
