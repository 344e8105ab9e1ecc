class Box:
    pass
b = Box()
b.label = "box"
print(b.label)
x = 5
print(x.bit_length())
x.label = "five"
