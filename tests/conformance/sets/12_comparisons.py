a = {1, 2}
b = {1, 2, 3}
f = frozenset({1, 2})
print(a < b, a <= b, a > b, a >= b, a == b, a != b)
print(a == f, f == a, a <= f, f < b, b > f)
print(a == [1, 2], a != (1, 2))
print({1, 2} <= {1, 2}, {1, 2} < {1, 2})
for expr, fn in [('a < 5', lambda: a < 5),
    ('a <= [1]', lambda: a <= [1]),
    ('5 > a', lambda: 5 > a)]:
    try:
        fn()
    except TypeError as e:
        print(e)
print(a.issubset([1, 2, 3]), a.issuperset((1,)), set() <= set(), set() < {0})
