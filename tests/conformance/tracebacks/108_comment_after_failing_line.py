values = [10, 20, 30]
average = sum(values) / len(values)  # fine
print(average)
ratio = values[0] / (values[1] - 20)  # divides by zero
