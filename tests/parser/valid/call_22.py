f(lambda x: x)
