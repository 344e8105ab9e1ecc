while a:
    pass
