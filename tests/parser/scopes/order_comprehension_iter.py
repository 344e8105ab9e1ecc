def f():
    return [a for a in it]
    it = 1
