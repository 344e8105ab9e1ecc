# A function first called deep in a recursion counts its builtin calls in the
# depth until it has warmed up (8 entries), as CPython 3.11's quickening does.
def probe():
    return len([1])
def deep(n, k):
    if n:
        return deep(n - 1, k)
    return probe()
for k in range(12):
    for n in (995, 996, 997):
        try:
            r = deep(n, k)
        except RecursionError as e:
            r = 'RE'
        print(k, n, r)
