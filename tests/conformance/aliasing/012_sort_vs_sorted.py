a = [3, 1, 2]
alias = a
s = sorted(a)
print(a, s, s is a)
a.sort()
print(alias, alias is a)
r = a[::-1]
a.reverse()
print(a, r, r is a, r == a)
x = a.sort()
print(x)
