def f():
    yield 1, 2
