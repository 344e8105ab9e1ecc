def f(**k): pass
