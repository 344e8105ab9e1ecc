def f():
    z = 1
    return lambda a=z: a
