print("making a list")
numbers = [1, 2 3, 4]
print(numbers)
print(sum(numbers))
print(len(numbers))
