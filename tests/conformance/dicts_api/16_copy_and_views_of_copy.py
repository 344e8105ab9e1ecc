d = {"a": [1], "b": 2}
c = d.copy()
c["a"].append(3)
c["b"] = 20
print(d, c)
print(d.copy() == d, d.copy() is d)
e = {}
for i in range(10):
    e[i] = i
for i in range(8):
    del e[i]
f = e.copy()
print(f, list(f.items()))
import copy
g = copy.deepcopy(d)
g["a"].append(4)
print(d, g)
