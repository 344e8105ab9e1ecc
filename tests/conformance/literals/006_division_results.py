x = 10
y = 3
print(x / y)
print(x // y, x % y)
print(float(x), int(3.99), int(-3.99))
print(7 / 7, type(7 / 7).__name__)
print(0.5 == 1/2, 1/3)
print(2 ** 0.5)
