data = [3, 8, 1, 9, 4]
if (n := len(data)) > 3:
    print(f"list has {n} items")
total = 0
values = iter(data)
while (v := next(values, None)) is not None:
    total += v
print("total:", total)
squares = [y for x in data if (y := x * x) > 10]
print(squares, y)
print((z := 5) + z)
