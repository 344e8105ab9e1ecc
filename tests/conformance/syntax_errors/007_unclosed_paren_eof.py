values = [1, 2, 3]
print("values", values)
total = sum(values
print(total)
average = total / len(values)
