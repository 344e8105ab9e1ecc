values = [1, 2, 3]
print("values:", values)
print("sum:", sum(values))
average = sum(values) / len(values)
print("average:", average)
print(total_of_everything)
