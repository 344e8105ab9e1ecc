a = [3, 1, 2]
b = a
b.sort()
print(a)
b = sorted(b, reverse=True)
print(a, b)
a += [4]
print(a)
a = a + [5]
print(a, b)
