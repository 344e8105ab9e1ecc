result = (1 + 2) * 3)
print(result)
