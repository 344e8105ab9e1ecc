count = 5
print(count)
result = count(3)
