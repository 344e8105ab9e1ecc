def first_even(nums):
    for n in nums:
        if n % 2 == 0:
            return [n]
row = first_even([1, 3, 5])
value = row[0]
