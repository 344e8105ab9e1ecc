def f():
    y = 1
    class C:
        z = y
    return C
