def f():
    if (n := m) > 0:
        m = n
