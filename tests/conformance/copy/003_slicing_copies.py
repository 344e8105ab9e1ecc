a = [[1], [2], 3]
b = a[:]
c = a[1:]
print(b == a, b is a, b[0] is a[0])
b[0].append("x")
b[2] = 30
print(a)
print(c, c[0] is a[1])
s = "text"
print(s[:] is s, s[1:] is s)
t = (1, 2)
print(t[:] is t, t[0:1] == (1,))
