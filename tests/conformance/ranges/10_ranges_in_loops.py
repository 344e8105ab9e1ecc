total = 0
for i in range(1, 101):
    total += i
print(total)
print([i * i for i in range(-3, 4)], sum(range(0, 1000, 7)))
print(list(zip(range(3), range(10, 0, -1))), dict(enumerate(range(5, 8))))
print(max(range(4)), min(range(5, 0, -1)), sorted(range(3), reverse=True))
a, b, c = range(3)
print(a, b, c, *range(2))
