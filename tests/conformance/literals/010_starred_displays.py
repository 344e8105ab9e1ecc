a = [1, 2]
b = (3, 4)
print([*a, *b])
print((*a, 0, *b))
print({*a, *b})
print([*"hi", *range(3)])
d1 = {"x": 1}
d2 = {"y": 2, "x": 10}
print({**d1, **d2})
print({**d2, **d1, "z": 3})
