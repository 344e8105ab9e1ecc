y = [7]
x = 0o7in y
