# Identity versus equality.
a = [1, 2, 3]
b = [1, 2, 3]
c = a
print(a == b, a is b, a is c)
n = None
print(n is None)
s = "hello"
t = "".join(["hel", "lo"])
print(s == t, s is t)
