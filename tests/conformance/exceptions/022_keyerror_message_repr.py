d = {"a": 1}
try:
    d["b"]
except KeyError as e:
    print(e, repr(e), e.args)
try:
    d[("x", 1)]
except KeyError as e:
    print(e)
try:
    d[""]
except KeyError as e:
    print(e)
print(d.get("b", "default"))
