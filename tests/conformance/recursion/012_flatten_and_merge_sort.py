def merge_sort(items):
    if len(items) <= 1:
        return items
    mid = len(items) // 2
    left, right = merge_sort(items[:mid]), merge_sort(items[mid:])
    merged = []
    while left and right:
        merged.append(left.pop(0) if left[0] <= right[0] else right.pop(0))
    return merged + left + right
print(merge_sort([5, 2, 9, 1, 5, 6, 0, -3]))
print(merge_sort([]), merge_sort([1]))
print(merge_sort(list("recursion")))
