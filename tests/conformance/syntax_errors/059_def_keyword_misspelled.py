# compute a square
deff square(n):
    return n * n
print(square(3))
print(square(4))
