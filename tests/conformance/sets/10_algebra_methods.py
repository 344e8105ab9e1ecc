a = {1, 2, 3, 4, 9}
b = {3, 4, 5, 17}
print(a.union(b), a.union([10, 2], (11,)), a.union())
print(a.intersection(b), a.intersection([4, 3, 99]), a.intersection(b, [4]))
print(a.difference(b), a.difference([1], {9}), a.difference({2: "x"}))
print(a.symmetric_difference(b), a.symmetric_difference([1, 100]))
print(a.symmetric_difference({1: 0, 50: 0}))
print(a | b, a & b, a - b, b - a, a ^ b)
f = frozenset(a)
print(f | b, type(f | b).__name__, type(b | f).__name__)
print(f.union([7]), type(f.intersection(b)).__name__)
print(a.isdisjoint(b), a.isdisjoint([100, 200]), a.issubset(range(10)), a.issuperset([1, 2]))
print(a)
