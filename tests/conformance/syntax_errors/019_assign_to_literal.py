x = 10
print(x)
10 = x
print(x)
print(x + 1)
