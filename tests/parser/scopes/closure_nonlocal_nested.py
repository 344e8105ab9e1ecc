def f():
    x = 1
    def g():
        def h():
            nonlocal x
            x = 2
        return h
    return g
