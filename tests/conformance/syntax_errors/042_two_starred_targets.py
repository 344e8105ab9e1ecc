first, *middle, *last = [1, 2, 3, 4]
print(first, middle, last)
