print({3, 1, 2})
print({10, 2, 33, 4, 25})
s = set()
for x in [7, 15, 23, 31, 1, 9]:
    s.add(x)
    print(x, list(s))
print(set([5, 4, 3, 2, 1, 0]))
print({100, 8, 16, 0, 24})
