import gc
class A:
    pass
a = A()
print([type(r).__name__ for r in gc.get_referents([1, "s", a])])
n = 5
print(gc.get_referents((n, n + 1, n + 2)))
print(gc.get_referents({"x": 1, "y": "two"}))
print(gc.get_referents({1: "one", 2: "two"}))
print(gc.get_referents(42), gc.get_referents("text"))
