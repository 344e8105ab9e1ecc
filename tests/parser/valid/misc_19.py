case = 2
