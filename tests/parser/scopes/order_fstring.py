def f():
    return f'{a!r:{b}}{c}'
    a = b = c = 1
