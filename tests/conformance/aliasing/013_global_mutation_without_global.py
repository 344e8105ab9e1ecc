items = [1]
count = 0
def add(x):
    items.append(x)
def reset():
    items = []
    return items
def reset_global():
    global items
    items = []
keep = items
add(2)
print(items, reset(), items)
reset_global()
print(items, keep, items is keep)
