def f():
    return 1if True else 0
f()
