deff square(n):
    return n * n
print(square(3))
