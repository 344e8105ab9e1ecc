class Bag:
    items = []
    def add(self, x):
        self.items.append(x)
a = Bag()
b = Bag()
a.add(1)
b.add(2)
print(a.items, b.items, Bag.items)
print(a.items is Bag.items)
a.items = ["own"]
a.add(3)
print(a.items, b.items, Bag.items)
print(a.items is Bag.items, b.items is Bag.items)
