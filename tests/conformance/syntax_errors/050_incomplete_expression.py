a = 5
print(a)
b = a +
print(b)
print(a * b)
