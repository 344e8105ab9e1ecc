data = [1, 2, 3]
print(data)
n := len(data)
print(n)
print(data * n)
