with a, b:
    pass
