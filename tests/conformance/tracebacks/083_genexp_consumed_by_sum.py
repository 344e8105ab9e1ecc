def total(values):
    return sum(v * 2 for v in values)
print(total([1, 2, 3]))
print(total([1, "x", 3]))
