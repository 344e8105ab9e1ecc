a = [1, 2]
b = a
a += [3]
print(a is b, b)
a = a + [4]
print(a is b, b, a)
s = "ab"
t = s
s += "c"
print(s is t, t)
n = (1,)
m = n
n += (2,)
print(n is m, m)
d = {"k": 1}
e = d
d |= {"j": 2}
print(d is e, sorted(e))
