import copy
l = [1]
l.append(l)
print(l)
c = copy.deepcopy(l)
print(c)
print(c is l, c[1] is c, c[1] is l)
d = {"name": "loop"}
d["self"] = d
e = copy.deepcopy(d)
print(e)
print(e["self"] is e, e is d)
s = copy.copy(l)
print(s[1] is l, s is l)
