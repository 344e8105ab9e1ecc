d = {"a": 1, 2: [3, 4], (5,): {"x": None}}
print(d, repr({}), str({1: "one"}))
d["self"] = d
print(d)
l = [d]
print(l)
class Sub(dict):
    pass
print(Sub(a=1), Sub())
print(d.keys(), {1: 2}.values(), {1: 2}.items())
e = {}
e[1] = e.keys()
print(e)
