def f(a,): pass
