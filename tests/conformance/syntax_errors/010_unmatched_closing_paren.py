a = 1
b = 2
result = (a + b) * 3)
print(result)
print(result * 2)
