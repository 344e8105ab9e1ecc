import gc
gc.collect()
keep = []
class Phoenix:
    def __del__(self):
        keep.append(self)
p = Phoenix()
print(gc.is_finalized(p))
del p
print(gc.is_finalized(keep[0]))
q = Phoenix()
q.me = q
del q
gc.collect()
print(len(keep), gc.is_finalized(keep[1]))
print(gc.is_finalized(Phoenix()), gc.is_finalized([]))
