x = 1e3j
