x = 1not in [1]
