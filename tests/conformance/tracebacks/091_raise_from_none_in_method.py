class Inventory:
    def __init__(self, **counts):
        self.counts = counts
    def take(self, item, n=1):
        try:
            have = self.counts[item]
        except KeyError:
            raise LookupError(f"no item {item!r}") from None
        self.counts[item] = have - n
        return self.counts[item]
shelf = Inventory(pen=3)
print(shelf.take("pen"))
shelf.take("ink")
