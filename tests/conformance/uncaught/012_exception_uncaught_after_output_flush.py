for i in range(3):
    print("line", i)
items = {"a": 1}
print(items["b"])
