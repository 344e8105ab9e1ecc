x = 0j
