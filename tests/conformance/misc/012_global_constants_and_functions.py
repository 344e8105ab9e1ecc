MAX_SIZE = 3
items = []
def add(item):
    if len(items) >= MAX_SIZE:
        print("full, dropping", items.pop(0))
    items.append(item)
for thing in "abcde":
    add(thing)
print(items)
