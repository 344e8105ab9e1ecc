def f(a):
    a = 2
    del a
