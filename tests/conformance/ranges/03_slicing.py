r = range(0, 20, 3)
for s in [slice(None), slice(None, None, -1), slice(1, -1), slice(10, None), slice(-3, None),
          slice(None, None, 2), slice(5, 1, -2), slice(100, 200), slice(-100, 2)]:
    sub = r[s]
    print(s, "->", sub, list(sub))
print(r[::2][::-1], range(10)[3:7][1:], range(10, 0, -1)[::3])
print(range(10**20)[::10**19], range(10**20)[-2:])
try:
    r[::0]
except ValueError as e:
    print(e)
try:
    r["a":]
except TypeError as e:
    print(e)
