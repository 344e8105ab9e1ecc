for i, c in enumerate("xyz", start=10):
    print(i, c)
print(list(enumerate(["a", "b"])))
print(list(zip([1, 2, 3], "ab")))
print(list(zip()))
print(list(zip(range(3), range(10, 13), "pqr")))
a, b = zip(*[(1, "x"), (2, "y")])
print(a, b)
print(dict(zip(["k1", "k2"], [1, 2])))
