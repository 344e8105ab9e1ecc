def total(items):
    result = 0
    for item in items:
        if isinstance(item, list):
            result += total(item)
        else:
            result += item
    return result
def depth(items):
    if not isinstance(items, list):
        return 0
    return 1 + max((depth(i) for i in items), default=0)
data = [1, [2, [3, [4, 5]], 6], [[7]]]
print(total(data), depth(data), depth([]), depth(5))
