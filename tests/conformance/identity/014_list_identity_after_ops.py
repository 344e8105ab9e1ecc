a = [1, 2]
b = a
a = a + []
print(a == b, a is b)
c = b
c *= 1
print(c is b)
d = b * 1
print(d is b, d == b)
e = list(b)
print(e is b)
f = b[:]
print(f is b)
