a, b = 1, 2
a, b = b, a
print(a, b)
x, y, z = "x", "y", "z"
x, y, z = y, z, x
print(x, y, z)
nums = [5, 6, 7]
nums[0], nums[2] = nums[2], nums[0]
print(nums)
i = 0
i, nums[i] = 2, 99
print(i, nums)
