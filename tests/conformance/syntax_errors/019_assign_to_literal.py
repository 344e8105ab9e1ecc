x = 10
10 = x
print(x)
