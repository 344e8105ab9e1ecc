def f():
    g = lambda a=x, *, b=y: a
    x = y = 1
