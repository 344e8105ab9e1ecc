import copy
inner = [1]
outer = [inner, inner, [inner]]
d = copy.deepcopy(outer)
print(d)
print(d[0] is d[1], d[2][0] is d[0])
print(d[0] is inner)
d[0].append(2)
print(d)
print(outer)
