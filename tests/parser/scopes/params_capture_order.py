def f(z, y, x):
    return lambda: (x, y, z)
