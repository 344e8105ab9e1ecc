def f(a=1, *args, b, **kw) -> None:
    pass
