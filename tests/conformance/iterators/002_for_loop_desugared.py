items = ["a", "b", "c"]
it = iter(items)
while True:
    try:
        item = next(it)
    except StopIteration:
        break
    print("item", item)
print("same as for loop:")
for item in items:
    print("item", item)
