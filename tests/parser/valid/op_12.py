x = a | b & c
