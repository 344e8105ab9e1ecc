def f():
    x = yield from g()
