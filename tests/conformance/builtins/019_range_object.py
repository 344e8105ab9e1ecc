r = range(2, 20, 4)
print(r, list(r), len(r))
print(r[0], r[-1], r[1:3])
print(10 in r, 11 in r, r.index(14), r.count(6))
print(range(5) == range(0, 5), range(0) == range(2, 1))
print(list(range(-3, 3)), list(range(3, -3, -2)))
try:
    range(1, 10, 0)
except ValueError as e:
    print("ValueError:", e)
