d = {"x": 1, "y": 2}
keys = d.keys()
values = d.values()
items = d.items()
print(keys, values, items)
d["z"] = 3
print(keys, len(values), ("z", 3) in items)
print(sorted(keys), sum(values))
print(list(reversed(d)), list(reversed(d.items()))[0])
