x = [a, b][c]
