x = 1if 1 else 2
y = 0x1for
z = (
