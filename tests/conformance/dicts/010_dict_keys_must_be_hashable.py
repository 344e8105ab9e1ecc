d = {}
d[1] = "int"
d[(1, 2)] = "tuple"
d[frozenset({1})] = "frozenset"
d[None] = "none"
print(d)
for bad in ([1], {"a": 1}, {1}):
    try:
        d[bad] = "x"
    except TypeError as e:
        print("TypeError:", e)
print(d[1.0], d[True])
