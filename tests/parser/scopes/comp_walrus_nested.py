def f():
    return [[(w := 1) for a in b] for b in c]
