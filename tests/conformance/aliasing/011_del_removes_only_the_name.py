a = [1, 2]
b = a
del a
print(b)
try:
    print(a)
except NameError as e:
    print(type(e).__name__, e)
c = [b, b]
del b
print(c, c[0] is c[1])
c[0].append(3)
print(c)
