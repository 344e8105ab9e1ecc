point = {"x": 1}
print(point)
point["x"] += = 2
print(point)
print("done")
