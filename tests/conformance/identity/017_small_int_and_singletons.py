a = 256
b = 255 + 1
print(a is b)
c = 257
d = int("257")
print(c is d, c == d)
e = -5
f = -2 - 3
print(e is f)
print(() is tuple(), frozenset() is frozenset())
print("" is str(), [] is [])
x = "hello"
y = "hel" + "lo"
z = "".join(["hel", "lo"])
print(x is y, x is z, x == z)
print(None is type(None)())
