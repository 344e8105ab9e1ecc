numbers = [42, 7]
print(numbers[0])
n = numbers[0]
print(n, type(n).__name__)
print(n + numbers[1])
print(n[0])
