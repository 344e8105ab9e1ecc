def area(width, height):
    return width * heigth
def describe(w, h):
    return f"{w}x{h} rectangle"
print("computing", describe(3, 4))
print(area(3, 4))
