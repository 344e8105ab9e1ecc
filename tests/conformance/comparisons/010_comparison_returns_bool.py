r = 3 > 2
print(r, type(r).__name__)
print((3 > 2) + (5 > 1), sum(x > 2 for x in range(6)))
print(int(1 == 1), str(1 != 1))
checks = [10 == 10.0, "a" < "b", [] == [], 0 in []]
print(checks, all(checks), any(checks))
print(len([c for c in checks if c]))
