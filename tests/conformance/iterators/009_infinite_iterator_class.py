class Cycle:
    def __init__(self, items):
        self.items = items
        self.i = 0
    def __iter__(self):
        return self
    def __next__(self):
        item = self.items[self.i % len(self.items)]
        self.i += 1
        return item
c = Cycle(["red", "green", "blue"])
print([next(c) for _ in range(7)])
for color in c:
    if color == "blue":
        break
print(c.i)
