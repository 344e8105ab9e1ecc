def count(items):
    return len(items)
print(count([1, 2, 3]))
count = 5
print(count)
result = count([4, 5])
