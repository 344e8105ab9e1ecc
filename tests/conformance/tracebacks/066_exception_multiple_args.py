class RangeError(ValueError):
    pass
def check(n, lo, hi):
    if not lo <= n <= hi:
        raise RangeError("out of range", n, (lo, hi))
    return n
print(check(5, 0, 10))
check(50, 0, 10)
