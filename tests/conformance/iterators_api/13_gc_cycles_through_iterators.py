import gc
gc.collect()
l = []
l.append(iter(l))
del l
print("list <-> list_iterator:", gc.collect())
l = []
l.append(enumerate(l))
del l
print("list <-> enumerate:", gc.collect())
l = []
l.append(zip(l, l))
del l
print("list <-> zip:", gc.collect())
l = []
l.append(map(len, l))
del l
print("list <-> map:", gc.collect())
l = []
l.append(filter(None, l))
del l
print("list <-> filter:", gc.collect())
l = []
l.append(reversed(l))
del l
print("list <-> reversed:", gc.collect())
d = {}
d["keys"] = d.keys()
del d
print("dict <-> dict_keys:", gc.collect())
d = {}
d["it"] = iter(d.items())
del d
print("dict <-> dict_itemiterator:", gc.collect())
l = []
l.append(slice(l))
del l
print("list <-> slice:", gc.collect())
l = [1]
it = iter(l)
next(it)
next(it, None)
print(gc.get_referents(it), gc.get_referents(iter([5])))
e = enumerate("ab")
print(len(gc.get_referents(e)))
print(gc.is_tracked(range(3)), gc.is_tracked(iter(range(3))), gc.is_tracked(slice(1)))
