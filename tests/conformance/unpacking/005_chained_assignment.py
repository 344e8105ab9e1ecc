a = b = c = 0
print(a, b, c)
x = y = []
x.append(1)
print(y, x is y)
i = lst = None
i, lst = 0, [10, 20]
lst[i] = i = 1
print(lst, i)
d = {}
d["k"] = key = "v"
print(d, key)
