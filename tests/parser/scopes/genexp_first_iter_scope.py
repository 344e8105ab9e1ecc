class C:
    xs = range(3)
    g = (x for x in xs)
