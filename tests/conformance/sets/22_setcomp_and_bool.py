s = {x % 5 for x in range(20)}
print(s, len(s), bool(s), bool(set()))
print(3 in s, 7 in s, "a" in s)
e = set()
print(e == set(), e is not set(), not e)
print(sum({1, 2, 3}), max({4, 9, 2}), min(frozenset({4, 9, 2})), sorted({3, 1, 2}, reverse=True))
print(list(enumerate({10, 20, 30})))
