def f(xs):
    y = 1
    return [x + y for x in xs]
