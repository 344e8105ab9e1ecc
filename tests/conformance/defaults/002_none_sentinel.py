def add(item, target=None):
    if target is None:
        target = []
    target.append(item)
    return target
a = add(1)
b = add(2)
print(a, b, a is b)
mine = [0]
print(add(3, mine), mine)
print(add.__defaults__)
