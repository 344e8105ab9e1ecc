def f():
    return a[b:c:d, e]
    a = b = c = d = e = 1
