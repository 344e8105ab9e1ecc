if 1 < x = 2:
    pass
