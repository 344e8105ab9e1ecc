def area(width, height):
    return width * heigth
print("computing")
print(area(3, 4))
