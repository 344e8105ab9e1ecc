a = {"x": [1], "y": 2}
b = {"y": 2, "x": [1]}
print(a == b, a is b)
c = a.copy()
c["y"] = 99
c["x"].append(2)
print(a, c)
print({1: "a"} == {1.0: "a"}, {} == dict())
