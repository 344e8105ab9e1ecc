if x
:
    pass
