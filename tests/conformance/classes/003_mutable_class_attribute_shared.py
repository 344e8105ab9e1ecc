class Bag:
    items = []
    def add(self, x):
        self.items.append(x)
b1 = Bag()
b2 = Bag()
b1.add("apple")
b2.add("pear")
print(b1.items, b2.items, Bag.items)
print(b1.items is b2.items)
class SafeBag:
    def __init__(self):
        self.items = []
    def add(self, x):
        self.items.append(x)
s1, s2 = SafeBag(), SafeBag()
s1.add("apple")
print(s1.items, s2.items)
