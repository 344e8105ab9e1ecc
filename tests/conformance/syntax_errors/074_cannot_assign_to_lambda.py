lambda x: x = 3
