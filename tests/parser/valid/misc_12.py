x = 1.0.real
