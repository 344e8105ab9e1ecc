def counter():
    n = 0
    def inc():
        nonlocal n
        n += 1
        return n
    def get():
        return n
    return inc, get
inc, get = counter()
inc()
inc()
print(get())
print(inc.__closure__[0] is get.__closure__[0])
print(get.__closure__[0].cell_contents)
inc2, get2 = counter()
print(inc2(), get(), inc2.__closure__[0] is inc.__closure__[0])
