x = 0b1and 1
