def naturals(start=0):
    n = start
    while True:
        yield n
        n += 1
first = []
for n in naturals(5):
    if n > 9:
        break
    first.append(n)
print(first)
def fib():
    a, b = 0, 1
    while True:
        yield a
        a, b = b, a + b
gen = fib()
print([next(gen) for _ in range(12)])
