memo = {0: 0, 1: 1}
def fib(n):
    if n not in memo:
        memo[n] = fib(n - 1) + fib(n - 2)
    return memo[n]
print(fib(90))
print(len(memo), list(memo)[:6])
squares = {n: n * n for n in range(-3, 4)}
print(squares, squares[-2])
