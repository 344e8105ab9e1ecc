items = [3, "a", 1]
try:
    items.sort()
except TypeError as e:
    print("TypeError:", e)
print(sorted([True, 0, 2, -1.5]))
print(sorted([[2, 1], [1, 5], [1, 2]]))
