class Broken:
    def __repr__(self):
        return "<" + self.label + ">"
items = [1, Broken()]
print(items)
