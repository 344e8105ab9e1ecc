nan = float("nan")
print(nan < 1, nan > 1, nan == 1, nan != 1)
items = [nan]
print(nan in items, items == items, [nan] == [nan])
print(nan == float("nan"))
print(sorted([3.0, 1.0, 2.0]))
print(max(1.0, 2.0), float("inf") > 1e308)
