match, case = 1, 2
