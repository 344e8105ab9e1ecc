def divide(a, b):
    return a // b, a % b
result = divide(17, 5)
print(result, type(result).__name__)
q, r = divide(17, 5)
print(q, r)
def min_max(*nums):
    return min(nums), max(nums)
print(min_max(4, 9, 1))
print(divide(7, 2) == divmod(7, 2))
