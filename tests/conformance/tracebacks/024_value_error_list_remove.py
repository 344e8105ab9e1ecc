items = ["x", "y"]
print(items)
items.remove("y")
print(items)
print("z" in items)
items.remove("z")
