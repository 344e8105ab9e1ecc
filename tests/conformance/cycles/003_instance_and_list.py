import gc
gc.collect()
class Owner:
    pass
o = Owner()
o.items = [o]
del o
print(gc.collect())
o = Owner()
o.items = [1, 2, 3]
o.items.append(o)
o.extra = [4]
del o
print(gc.collect())
