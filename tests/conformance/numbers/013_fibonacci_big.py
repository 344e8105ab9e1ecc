a, b = 0, 1
for i in range(100):
    a, b = b, a + b
print(a)
def fib(n):
    x, y = 0, 1
    for _ in range(n):
        x, y = y, x + y
    return x
print([fib(n) for n in range(15)])
print(fib(200))
print(fib(300) % 10 ** 10)
