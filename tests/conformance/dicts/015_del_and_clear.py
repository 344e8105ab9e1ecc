d = {"a": 1, "b": 2, "c": 3, "d": 4}
del d["a"], d["c"]
print(d)
try:
    del d["zzz"]
except KeyError as e:
    print("KeyError:", e)
alias = d
d.clear()
print(d, alias, d is alias)
