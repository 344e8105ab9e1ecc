a = 1
b = a
del b
