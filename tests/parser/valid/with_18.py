with f(a) as b, g():
    pass
