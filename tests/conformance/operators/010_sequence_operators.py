print([1, 2] + [3], (1,) + (2, 3))
print([0] * 4, (1, 2) * 2, 2 * "ab")
print([1, 2] * 0, -1 * [5])
nested = [[0]] * 3
nested[0].append(1)
print(nested)
print([1, 2] == [1, 2], [1, 2] < [1, 3], (1, 2) < (1, 2, 0))
try:
    [1] + (2,)
except TypeError as e:
    print("TypeError:", e)
