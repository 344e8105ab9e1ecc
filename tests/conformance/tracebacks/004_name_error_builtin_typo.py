items = [3, 1, 2]
print(sorted(items))
print(max(items), min(items))
for item in items:
    print("item", item)
print(lenght(items))
