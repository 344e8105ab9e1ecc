def area(width, width):
    return width * width
print(area(2, 3))
