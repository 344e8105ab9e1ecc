class Counter(dict):
    def __missing__(self, key):
        return 0
c = Counter(a=2)
print(c["a"], c["b"], "b" in c, c)
class Default(dict):
    def __missing__(self, key):
        self[key] = v = [key]
        return v
d = Default()
d["x"].append(1)
print(d, d.get("y"), len(d))
class NoMissing(dict):
    pass
try:
    NoMissing()["q"]
except KeyError as e:
    print("KeyError", e)
try:
    {}[[1]]
except TypeError as e:
    print(e)
try:
    del {}["k"]
except KeyError as e:
    print("del KeyError", e)
