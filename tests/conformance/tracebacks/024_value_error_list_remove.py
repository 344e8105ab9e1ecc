items = ["x", "y"]
items.remove("y")
items.remove("z")
