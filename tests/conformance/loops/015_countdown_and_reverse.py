for n in range(5, 0, -1):
    print(n, end=" ")
print("liftoff")
for ch in reversed("abc"):
    print(ch, end="")
print()
items = ["x", "y", "z"]
for i in range(len(items) - 1, -1, -1):
    print(i, items[i])
