x = 1is 1
