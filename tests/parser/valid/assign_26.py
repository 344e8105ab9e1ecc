[a] = b
