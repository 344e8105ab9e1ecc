def f():
    x: int = yield
