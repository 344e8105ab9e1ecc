for ch in "abc":
    print(ch)
for n in [10, 20]:
    print(n * 2)
for t in (1, "two", 3.0):
    print(type(t).__name__)
for key in {"x": 1, "y": 2}:
    print("key", key)
for n in sorted({3, 1, 2}):
    print("set item", n)
