a = b = []
a.append(1)
print(a, b, a is b)
c = []
d = []
c.append(1)
print(c, d, c is d, c == [1])
x = y = z = [0]
z[0] = 3
print(x, y, z)
y = [4]
print(x, y, z, x is z)
