del (x, y)
