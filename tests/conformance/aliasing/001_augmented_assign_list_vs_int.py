a = [1, 2]
b = a
b += [3]
print(a, b, a is b)
n = 10
m = n
m += 1
print(n, m)
s = "ab"
t = s
t += "c"
print(s, t, s is t)
c = a
c = c + [4]
print(a, c, a is c)
