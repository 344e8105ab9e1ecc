def gcd(a, b):
    return a if b == 0 else gcd(b, a % b)
def fast_pow(base, exp):
    if exp == 0:
        return 1
    half = fast_pow(base, exp // 2)
    return half * half * (base if exp % 2 else 1)
print(gcd(1071, 462), gcd(17, 0))
print(fast_pow(2, 100), fast_pow(3, 13), fast_pow(7, 0))
print(fast_pow(2, 100) == 2 ** 100)
