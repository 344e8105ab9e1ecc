x = -a ** b
