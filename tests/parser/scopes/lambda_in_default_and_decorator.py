@(lambda f: f)
def g(a=lambda: 1):
    pass
