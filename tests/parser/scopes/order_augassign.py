def f():
    a += b
    b = 1
