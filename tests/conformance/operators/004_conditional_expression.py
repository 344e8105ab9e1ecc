for n in [-2, 0, 5]:
    sign = "negative" if n < 0 else "zero" if n == 0 else "positive"
    print(n, sign)
x = 7
print("odd" if x % 2 else "even")
print([("even" if i % 2 == 0 else "odd") for i in range(4)])
result = (lambda v: v * 2) if x > 5 else (lambda v: v)
print(result(10))
print(1 if True else 1 / 0)
