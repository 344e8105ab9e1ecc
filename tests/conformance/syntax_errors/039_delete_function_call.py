def make():
    return [1]
items = make()
print(items)
del make()
