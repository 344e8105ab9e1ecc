def point(x, y):
    return (x, y)
print(point(x=1, 2))
