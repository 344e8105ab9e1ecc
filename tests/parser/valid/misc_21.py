match[0] = 1
