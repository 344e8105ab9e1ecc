values = [1, 1.5, "s", [1], (1,), {1: 1}, {1}, None, True, len, range(1)]
for v in values:
    print(type(v).__name__, isinstance(v, (int, float)))
print(isinstance(True, int), type(True) is int)
print(type(type(1)), type(1) == int)
