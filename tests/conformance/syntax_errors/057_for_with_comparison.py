items = ["a", "b"]
for i = 0 to 2:
    print(items[i])
