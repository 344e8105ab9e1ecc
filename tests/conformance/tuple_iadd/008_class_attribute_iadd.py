class Bag:
    items = []
a = Bag()
b = Bag()
a.items += [1]
print(Bag.items, "items" in a.__dict__, a.items is Bag.items)
b.items = b.items + [2]
print(Bag.items, b.items, b.items is Bag.items)
a.items += [3]
print(Bag.items, a.items)
