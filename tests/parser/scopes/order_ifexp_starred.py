def f():
    return (a if b else c), [*d]
    a = b = c = d = 1
