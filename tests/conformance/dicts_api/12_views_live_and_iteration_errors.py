d = {"a": 1, "b": 2}
keys, vals, items = d.keys(), d.values(), d.items()
d["c"] = 3
del d["a"]
print(keys, vals, items)
try:
    for k in d:
        d["new"] = 0
except RuntimeError as e:
    print(type(e).__name__, e)
try:
    for k in d.values():
        del d["new"]
except RuntimeError as e:
    print(e)
d2 = {1: 1, 2: 2, 3: 3}
try:
    for k in d2:
        del d2[k]
        d2[k + 10] = 0
except RuntimeError as e:
    print(e)
print(d2)
d3 = {1: 1, 2: 2}
try:
    for k in d3:
        del d3[k]
        d3[k + 2] = 0
except RuntimeError as e:
    print(e)
print(d3)
it = iter({1: 1, 2: 2})
print(it.__length_hint__(), next(it), it.__length_hint__())
r = reversed({1: 1, 2: 2, 3: 3})
print(type(r).__name__, list(r), list(r))
dd = {1: 1, 2: 2}
ri = reversed(dd)
dd[3] = 3
try:
    next(ri)
except RuntimeError as e:
    print(e)
