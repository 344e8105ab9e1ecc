x = y ? a : b
