def in_range(x, low, high):
    return low <= x < high
print(in_range(5, 0, 10))
print(in_range(5, 0, "10"))
