x = a == b != c
