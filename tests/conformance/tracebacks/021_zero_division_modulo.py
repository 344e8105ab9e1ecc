a = 10
b = 0
print(a + b)
print(a * b)
print(b % a)
print(a % b)
