items = [1, 2, 3]
print("items", items)
for item in items:
    yield item
print("done")
