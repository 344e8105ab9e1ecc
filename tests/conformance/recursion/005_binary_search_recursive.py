def search(items, target, lo=0, hi=None):
    if hi is None:
        hi = len(items) - 1
    if lo > hi:
        return -1
    mid = (lo + hi) // 2
    print(f"  look at [{lo}..{hi}] mid={mid}")
    if items[mid] == target:
        return mid
    if items[mid] < target:
        return search(items, target, mid + 1, hi)
    return search(items, target, lo, mid - 1)
nums = [1, 3, 5, 7, 9, 11, 13]
print(search(nums, 11))
print(search(nums, 4))
