x = (a, *b, c)
