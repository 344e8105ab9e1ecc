def f(*, *, a):
    pass
