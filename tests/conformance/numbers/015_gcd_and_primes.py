def gcd(a, b):
    while b:
        a, b = b, a % b
    return a
def is_prime(n):
    if n < 2:
        return False
    k = 2
    while k * k <= n:
        if n % k == 0:
            return False
        k += 1
    return True
print(gcd(48, 18), gcd(17, 5), gcd(2 ** 40, 6 ** 20))
print([n for n in range(50) if is_prime(n)])
print(is_prime(2 ** 31 - 1))
