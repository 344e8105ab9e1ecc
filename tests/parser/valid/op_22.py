x = a is b is not c
