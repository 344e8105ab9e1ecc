def f(b, a):
    def g():
        return a, b
    return g
