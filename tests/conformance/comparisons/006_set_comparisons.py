a = {1, 2, 3}
b = {1, 2}
print(b < a, b <= a, a < a, a <= a)
print(a > b, a >= b, b > a)
print(a == {3, 2, 1}, a != b)
print({1, 2}.issubset(a), a.issuperset({3}), a.isdisjoint({7, 8}))
print({1, 2} < {2, 3}, {1, 2} > {2, 3})
