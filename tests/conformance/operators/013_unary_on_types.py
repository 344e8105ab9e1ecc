print(-5, +5, -(-5), ~5)
print(-2.5, +2.5, -0.0)
print(-True, +False, ~True)
x = 3
print(-x ** 2, (-x) ** 2)
print(not x, not not x)
print(- - - 1, ~~7)
