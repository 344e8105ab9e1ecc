import weakref
class Key:
    def __init__(self, n):
        self.n = n
k1, k2, k3 = Key(1), Key(2), Key(3)
meta = weakref.WeakKeyDictionary({k1: "one", k2: "two"})
meta[k3] = "three"
print(len(meta), meta.get(k2), meta.get(Key(9), "none"))
print(sorted(k.n for k in meta.keys()), sorted(meta.values()))
print(meta.setdefault(k1, "x"), meta.pop(k2), len(meta))
copy = meta.copy()
del k1
print(len(meta), len(copy))
print(sorted(v for v in copy.values()))
print(len(meta.keyrefs()))
meta.clear()
print(len(meta))
