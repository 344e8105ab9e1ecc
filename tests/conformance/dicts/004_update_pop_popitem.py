d = {"a": 1, "b": 2, "c": 3}
d.update({"b": 20, "d": 4})
print(d)
d.update(e=5, a=10)
print(d)
print(d.pop("c"), d)
print(d.pop("zzz", "missing"))
print(d.popitem(), d)
try:
    d.pop("zzz")
except KeyError as e:
    print("KeyError:", e)
