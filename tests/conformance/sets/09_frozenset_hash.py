print(hash(frozenset()))
print(hash(frozenset({1})), hash(frozenset({1, 2, 3})), hash(frozenset(range(100))))
print(hash(frozenset({(1, 2), (3, 4)})))
print(hash(frozenset({frozenset({1}), frozenset({2})})))
a = frozenset([1, 2, 3])
b = frozenset([3, 2, 1, 1])
print(a == b, hash(a) == hash(b))
d = {a: "first"}
d[b] = "second"
print(d)
print({frozenset({1, 2}), frozenset({2, 1}), frozenset()})
