print(hash(1), hash(0), hash(-1), hash(-2))
print(hash(2 ** 61 - 1), hash(2 ** 61), hash(10 ** 30) == hash(10 ** 30))
print(hash(1.0) == hash(1), hash(True) == hash(1), hash(0.5))
print(hash((1, 2)) == hash((1, 2)), hash((1, 2)) == hash((2, 1)))
print(hash(()) == hash(()), hash(None) == hash(None))
print(hash(frozenset({1, 2})) == hash(frozenset({2, 1})))
try:
    hash([1])
except TypeError as e:
    print("TypeError:", e)
