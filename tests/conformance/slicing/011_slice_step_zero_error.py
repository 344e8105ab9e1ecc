nums = [1, 2, 3]
try:
    nums[::0]
except ValueError as e:
    print("ValueError:", e)
try:
    "abc"[1.5:]
except TypeError as e:
    print("TypeError:", e)
try:
    nums["1"]
except TypeError as e:
    print("TypeError:", e)
print(nums[True], nums[False:True])
