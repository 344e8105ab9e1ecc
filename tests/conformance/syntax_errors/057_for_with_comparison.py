items = ["a", "b"]
print(items)
for i = 0 to 2:
    print(items[i])
print("done")
