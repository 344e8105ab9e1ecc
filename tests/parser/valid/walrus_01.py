while (line := f()):
    pass
