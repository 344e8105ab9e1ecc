width = 5
items = ["a", "b"]
print(f"{items[0]:>{width}}|")
print(f"{items[2]:>{width}}|")
