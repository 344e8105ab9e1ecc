def f():
    del a
    a = 1
