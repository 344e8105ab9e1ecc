def f():
    x = y = yield
