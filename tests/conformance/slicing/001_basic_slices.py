nums = [0, 1, 2, 3, 4, 5, 6, 7, 8, 9]
print(nums[2:5], nums[:3], nums[7:])
print(nums[-3:], nums[:-3], nums[-5:-2])
print(nums[::2], nums[1::2], nums[::-1])
print(nums[8:2:-2], nums[5:5], nums[20:])
print(nums[:], nums[:] is nums, nums[:] == nums)
