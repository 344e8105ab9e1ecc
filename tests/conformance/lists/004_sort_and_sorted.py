nums = [5, 2, 9, 1]
print(sorted(nums), nums)
result = nums.sort()
print(result, nums)
nums.sort(reverse=True)
print(nums)
words = ["pear", "Apple", "fig", "banana"]
words.sort(key=len)
print(words)
words.sort(key=str.lower)
print(words)
print(sorted("hello"), sorted((3, 1, 2)))
