point = (1, 2, 3)
print("point:", point)
print("dimensions:", len(point))
a, b, c = point
print(a, b, c)
x, y = point
