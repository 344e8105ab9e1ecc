numbers = [1, 2, 3, 4]
head, *tail = numbers
print(head, tail)
first, *middle, *last = numbers
print(first, middle, last)
