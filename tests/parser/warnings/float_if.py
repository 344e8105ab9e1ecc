x = 1.0if 1 else 2
