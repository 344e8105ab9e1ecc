while a[0] = 1:
    pass
