def sum_rec(items):
    if not items:
        return 0
    return items[0] + sum_rec(items[1:])
def sum_iter(items):
    total = 0
    for x in items:
        total += x
    return total
data = list(range(1, 11))
print(sum_rec(data), sum_iter(data), sum(data))
