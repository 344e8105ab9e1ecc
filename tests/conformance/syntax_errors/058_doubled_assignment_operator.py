point = {"x": 1}
point["x"] += = 2
print(point)
