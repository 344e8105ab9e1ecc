def f():
    return (a or b) and c < d <= e
    a = b = c = d = e = 1
