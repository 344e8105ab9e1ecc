def make():
    items = []
    def add(x):
        items.append(x)
        return items
    def reset():
        nonlocal items
        old = items
        items = []
        return old
    return add, reset
add, reset = make()
first = add(1)
add(2)
old = reset()
print(old is first, old)
print(add(3), first)
