def f():
    return func(arg, *star, kw=val, **kws)
    func = arg = star = val = kws = 1
