x = a + b - c
