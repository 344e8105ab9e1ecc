import gc
gc.collect()
n = 4
print(gc.is_tracked({}), gc.is_tracked({"a": 1, "b": "s"}))
print(gc.is_tracked({"a": []}), gc.is_tracked({"a": {}}))
print(gc.is_tracked({(n, n): 1}), gc.is_tracked({n: (n, n)}))
d = {i: i * i for i in range(5)}
print(gc.is_tracked(d), gc.is_tracked(dict(d)), gc.is_tracked(d.copy()))
d[9] = [9]
print(gc.is_tracked(d), gc.is_tracked(d.copy()))
