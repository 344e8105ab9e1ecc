def f(**k):
    return k
f(a.b=1)
