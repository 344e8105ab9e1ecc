def f(**k: int): pass
