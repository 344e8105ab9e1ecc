def make():
    return [1]
del make()
