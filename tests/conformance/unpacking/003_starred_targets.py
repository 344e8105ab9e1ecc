first, *rest = [1, 2, 3, 4]
print(first, rest)
*init, last = [1, 2, 3, 4]
print(init, last)
head, *middle, tail = "python"
print(head, middle, tail)
a, *b = [1]
print(a, b)
*everything, = range(3)
print(everything)
x, *y, z = (1, 2)
print(x, y, z)
