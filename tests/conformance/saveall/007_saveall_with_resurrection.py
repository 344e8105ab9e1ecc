import gc
gc.collect()
saved = []
class Phoenix:
    def __del__(self):
        saved.append(self)
gc.set_debug(gc.DEBUG_SAVEALL)
p = Phoenix()
p.me = p
q = [1]
q.append(q)
del p, q
print(gc.collect())
print([type(o).__name__ for o in gc.garbage], len(saved))
gc.set_debug(0)
gc.garbage.clear()
saved.clear()
print(gc.collect())
