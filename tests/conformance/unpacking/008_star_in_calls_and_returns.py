def stats(nums):
    return min(nums), max(nums), sum(nums) / len(nums)
lo, hi, mean = stats([4, 8, 15, 16])
print(lo, hi, mean)
def args_echo(*args):
    return args
print(args_echo(*[1, 2], *"ab", 3))
first, *_ = stats([1, 2, 3])
print(first, _)
def tail(first, *rest):
    return rest
print(tail(*range(5)))
