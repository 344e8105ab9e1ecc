import gc
gc.collect()
d = {}
print(gc.is_tracked(d))
d["n"] = 1
print(gc.is_tracked(d))
d["t"] = (1, 2)
print(gc.is_tracked(d))
e = {"l": []}
print(gc.is_tracked(e))
del e["l"]
print(gc.is_tracked(e))
gc.collect(1)
print(gc.is_tracked(e))
gc.collect()
print(gc.is_tracked(e))
f = dict(a=1)
g = {**{"x": [1]}}
print(gc.is_tracked(f), gc.is_tracked(g))
h = {1: "a"}.copy()
print(gc.is_tracked(h))
