d = {"a": 1, "b": 2}
k1, k2 = d
print(k1, k2)
(k1, v1), (k2, v2) = d.items()
print(k1, v1, k2, v2)
small, big = sorted({10, 3})
print(small, big)
x, y = d.values()
print(x + y)
