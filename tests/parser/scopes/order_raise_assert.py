def f():
    assert a, b
    raise c from d
    a = b = c = d = 1
