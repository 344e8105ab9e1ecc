l = list(range(10))
t = tuple(l)
s = "abcdefghij"
r = range(10)
for sl in [slice(2, 5), slice(None, None, -2), slice(-3, None), slice(8, 2, -2),
           slice(-100, 100, 3), slice(100, None), slice(None, -100), slice(3, 3)]:
    print(sl, l[sl], t[sl], s[sl], list(r[sl]))
print(l[::10**30], l[-10**30:10**30], t[10**30:], s[::-10**30])
