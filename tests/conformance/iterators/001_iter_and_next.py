nums = [1, 2, 3]
it = iter(nums)
print(next(it))
print(next(it))
print(list(it))
print(list(it))
print(next(it, "exhausted"))
try:
    next(it)
except StopIteration:
    print("StopIteration")
