s = {1, 2, 3}
try:
    for x in s:
        s.add(x + 10)
except RuntimeError as e:
    print(type(e).__name__, e)
print(sorted(s))
it = iter({1, 2})
print(it.__length_hint__())
next(it)
print(it.__length_hint__())
s2 = {5, 6}
it2 = iter(s2)
s2.add(7)
try:
    next(it2)
except RuntimeError as e:
    print(e)
try:
    next(it2)
except RuntimeError as e:
    print("again:", e)
s3 = {1, 2}
it3 = iter(s3)
s3.discard(1); s3.add(9)
print(list(it3))
print(type(iter(set())).__name__, list(iter(frozenset({4, 3}))))
