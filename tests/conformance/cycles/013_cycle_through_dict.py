import gc
gc.collect()
class Item:
    pass
registry = {}
i = Item()
i.registry = registry
registry["item"] = i
del i
print(gc.collect())
del registry
print(gc.collect())
a = Item()
a.index = {"me": a}
print(gc.is_tracked(a.index))
del a
print(gc.collect())
