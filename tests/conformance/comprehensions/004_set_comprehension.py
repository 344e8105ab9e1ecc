nums = [1, -1, 2, -2, 3, 3]
print({abs(n) for n in nums})
print({n % 4 for n in range(20)})
print(sorted({len(w) for w in ["a", "bb", "cc", "ddd"]}))
print({x * y for x in range(3) for y in range(3)})
print(type({n for n in []}).__name__, {n for n in []})
