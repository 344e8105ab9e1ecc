nums = [1, 2, 3, 4, 5, 6]
for n in nums[:]:
    if n % 2 == 0:
        nums.remove(n)
print(nums)
bad = [1, 2, 2, 3]
for n in bad:
    if n == 2:
        bad.remove(n)
print(bad)
evens = [n for n in range(1, 7) if n % 2 == 0]
print(evens)
