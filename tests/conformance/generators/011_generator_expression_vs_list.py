gen = (x * 2 for x in range(5))
lst = [x * 2 for x in range(5)]
print(lst, type(lst).__name__)
print(next(gen), next(gen))
print(list(gen))
total = sum(x for x in range(10001))
print(total)
pairs = list((i, c) for i, c in enumerate("hey"))
print(pairs)
