data = {("x", 1): "point"}
print(data[("x", 1)])
print(data[("y", 2)])
