if a:
    x = 1
elif b: y = 2
else:
  z = 3
