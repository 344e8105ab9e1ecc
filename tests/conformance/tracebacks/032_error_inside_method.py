class Inventory:
    def __init__(self):
        self.items = {"apple": 3}
    def take(self, name, count):
        available = self.items[name]
        self.items[name] = available - count
        return self.items[name]
inv = Inventory()
print(inv.take("apple", 1))
print(inv.take("pear", 1))
