def area(width, width):
    return width * width
print(area(2, 3))
print(area(4, 4))
print("done")
