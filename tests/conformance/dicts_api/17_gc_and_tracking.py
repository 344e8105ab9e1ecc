import gc
gc.collect()
d = {}
print(gc.is_tracked(d))
d[1] = []
print(gc.is_tracked(d))
e = {"a": 1}.copy()
print(gc.is_tracked(e), gc.is_tracked(dict(x=[])), gc.is_tracked(dict.fromkeys([1, 2], [])))
print(gc.is_tracked(dict({1: 2})), gc.is_tracked({**{1: []}}))
class Sub(dict):
    pass
print(gc.is_tracked(Sub()), gc.is_tracked(Sub(a=1)))
d = {1: {}}
print(gc.get_referents(d), gc.get_referents({"k": 2}))
x = {}
x["self"] = x
del x
print("dict self-cycle:", gc.collect())
v = {}
v[1] = v.values()
del v
print("dict <-> dict_values:", gc.collect())
