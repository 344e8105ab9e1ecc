d = {}
d["first"] = 1
d["second"] = 2
d["third"] = 3
print(list(d))
d["first"] = 100
print(list(d))
del d["first"]
d["first"] = 1
print(list(d))
print(dict(sorted(d.items())))
