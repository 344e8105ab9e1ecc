import gc
gc.collect()
class Obj:
    pass
keep = [Obj() for _ in range(5)]
gc.freeze()
print(gc.get_freeze_count() >= 6, gc.get_count()[0])
a = Obj(); b = Obj(); a.o = b; b.o = a
frozen_cycle = [Obj()]
frozen_cycle.append(frozen_cycle)
del a, b
print("collect skips nothing new:", gc.collect())
gc.unfreeze()
print(gc.get_freeze_count())
del frozen_cycle
print("after unfreeze:", gc.collect())
