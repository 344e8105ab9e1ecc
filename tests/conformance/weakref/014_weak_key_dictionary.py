import weakref
class Key:
    pass
meta = weakref.WeakKeyDictionary()
k1 = Key()
k2 = Key()
meta[k1] = "one"
meta[k2] = [2]
print(len(meta), meta[k1], k2 in meta)
del k1
print(len(meta))
values = list(meta.values())
del k2
print(len(meta), values)
