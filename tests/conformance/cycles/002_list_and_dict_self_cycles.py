import gc
gc.collect()
l = [1, 2]
l.append(l)
print(l)
del l
print("list:", gc.collect())
d = {"k": 1}
d["self"] = d
print(d)
del d
print("dict:", gc.collect())
a = []
b = [a]
a.append(b)
del a, b
print("two lists:", gc.collect())
