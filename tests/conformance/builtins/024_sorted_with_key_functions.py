words = ["banana", "Cherry", "apple", "date"]
print(sorted(words))
print(sorted(words, key=str.lower))
print(sorted(words, key=len, reverse=True))
print(sorted(words, key=lambda w: w[-1]))
nums = [-4, 3, -1, 2]
print(sorted(nums, key=abs), sorted(nums, key=lambda n: (n < 0, n)))
