def f():
    return *[1, 2], 3
print(f())
d = {**{"a": 1} for x in range(2)}
