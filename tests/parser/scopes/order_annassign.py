def f():
    a: int = b
    c: int
    d.e: int
    f[g]: int
    b = d = f = g = 1
