import copy
inner = [1, 2]
outer = [inner, "s"]
c = copy.copy(outer)
print(c == outer, c is outer, c[0] is inner)
inner.append(3)
print(c)
c.append("extra")
print(outer)
c[0] = ["new"]
print(outer, c)
