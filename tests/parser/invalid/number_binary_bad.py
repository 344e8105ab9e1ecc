x = 0bx
