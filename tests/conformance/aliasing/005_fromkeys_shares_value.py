d = dict.fromkeys(["a", "b", "c"], [])
d["a"].append(1)
print(d)
print(d["a"] is d["c"])
e = {k: [] for k in ["a", "b"]}
e["a"].append(1)
print(e)
print(e["a"] is e["b"])
d["b"] = d["b"] + [2]
print(d)
print(d["a"] is d["b"], d["a"] is d["c"])
