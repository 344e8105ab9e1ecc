import gc
gc.collect()
d = {"x": 1}
d["l"] = [1]
print(gc.is_tracked(d))
d["l"] = 2
print(gc.is_tracked(d))
gc.collect(0)
gc.collect(1)
print(gc.is_tracked(d))
gc.collect()
print(gc.is_tracked(d))
d["again"] = set()
print(gc.is_tracked(d))
