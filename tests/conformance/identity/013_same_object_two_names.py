class Obj:
    pass
a = Obj()
b = a
c = Obj()
print(a is b, a is c, a == b, a == c)
items = [a, c]
print(items.index(b), b in items, Obj() in items)
b = Obj()
print(a is b)
