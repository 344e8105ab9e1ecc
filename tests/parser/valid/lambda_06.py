f = lambda a=1, /, b=2, *c, d, e=3, **f: 0
