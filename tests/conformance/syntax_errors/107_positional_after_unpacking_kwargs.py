def f(*a, **k):
    return a
f(**{"x": 1}, 2)
