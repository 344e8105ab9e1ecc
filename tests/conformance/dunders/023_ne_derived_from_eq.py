class Color:
    def __init__(self, name):
        self.name = name
    def __eq__(self, other):
        print(f"__eq__({self.name}, {getattr(other, 'name', other)})")
        return isinstance(other, Color) and self.name == other.name
red1, red2, blue = Color("red"), Color("red"), Color("blue")
print(red1 != red2)
print(red1 != blue)
print(red1 in [blue, red2])
print([blue, red2].index(red1))
print([red1, red2, blue].count(red1))
