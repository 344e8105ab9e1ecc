def first_divisor(n):
    d = 2
    while d * d <= n:
        if n % d == 0:
            print(n, "divisible by", d)
            break
        d += 1
    else:
        print(n, "is prime")
for n in [15, 17, 49, 97]:
    first_divisor(n)
