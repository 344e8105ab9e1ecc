values = [1, 2, 3]
first, *others = values
print(first, others)
*rest = values
print(rest)
