class Cart:
    def __init__(self, items=[]):
        self.items = items
    def add(self, x):
        self.items.append(x)
c1 = Cart()
c2 = Cart()
c1.add("apple")
print(c2.items, c1.items is c2.items)
c3 = Cart([])
c3.add("pear")
print(c1.items, c3.items)
print(Cart.__init__.__defaults__)
