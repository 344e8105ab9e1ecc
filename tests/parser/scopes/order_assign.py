def k():
    x = y + z
    y = 1
    z = 2
