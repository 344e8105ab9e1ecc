f(a,)
