x = 1if 1 else 2
y = 2if 1 else 3


z = 3or 4
