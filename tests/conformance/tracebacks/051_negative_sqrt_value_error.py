def isqrt(n):
    if n < 0:
        raise ValueError(f"isqrt() argument must be nonnegative, got {n}")
    x = n
    while x * x > n:
        x = (x + n // x) // 2
    return x
print(isqrt(99))
print(isqrt(-4))
