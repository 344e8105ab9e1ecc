with a:
    pass
