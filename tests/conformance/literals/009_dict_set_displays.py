d = {"a": 1, "b": 2}
print(d)
print({}, type({}).__name__)
print(set(), type(set()).__name__)
print({1, 2, 3}, {3, 2, 1, 2})
mixed = {1: "one", (2, 3): "pair", None: "none"}
print(mixed)
print({"x": 1, "x": 2})
print({1: "a", 1.0: "b", True: "c"})
