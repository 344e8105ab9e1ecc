nums = [4, -7, 2, -1]
print(min(nums), max(nums))
print(min(nums, key=abs), max(nums, key=abs))
print(max("apple", "fig", "banana", key=len))
print(min([], default=None), max((), default=-1))
print(max([[1, 2], [3], [0, 0, 0]], key=len))
print(min({"b": 2, "a": 9}), max({"b": 2, "a": 9}.items(), key=lambda kv: kv[1]))
