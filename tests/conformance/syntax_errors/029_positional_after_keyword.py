def point(x, y):
    return (x, y)
print(point(1, 2))
print(point(x=1, y=2))
print(point(x=1, 2))
