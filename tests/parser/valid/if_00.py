if a:
    pass
