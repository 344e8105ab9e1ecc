# Classes with inheritance, super(), properties, __repr__ and isinstance.
class Shape:
    def __init__(self, name):
        self.name = name

    def area(self):
        return 0

    def describe(self):
        return self.name + ":" + str(self.area())


class Rect(Shape):
    def __init__(self, w, h):
        super().__init__("rect")
        self.w = w
        self.h = h

    def area(self):
        return self.w * self.h


class Square(Rect):
    def __init__(self, s):
        super().__init__(s, s)

    @property
    def side(self):
        return self.w

    def __repr__(self):
        return f"Square({self.side})"


total = 0
count = 0
for i in range(300_000):
    s = Square(i % 10) if i % 2 else Rect(i % 7, 3)
    total += s.area()
    if isinstance(s, Square):
        count += s.side
    d = s.describe()
print(total, count, d, repr(Square(4)))
