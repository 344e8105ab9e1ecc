global a, b
