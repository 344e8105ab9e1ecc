def f():
    def g():
        def h():
            pass
