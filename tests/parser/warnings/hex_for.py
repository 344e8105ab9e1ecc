y = [1, 2]
x = [0x1for x in y]
