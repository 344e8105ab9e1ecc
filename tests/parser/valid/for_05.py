for a[0] in c:
    pass
