class Shape:
    def area(self):
        return 0
class Rect(Shape):
    def __init__(self, w, h):
        self.w, self.h = w, h
    def area(self):
        return self.w * self.h
class Circle(Shape):
    def __init__(self, r):
        self.r = r
    def area(self):
        return round(3.14159 * self.r ** 2, 2)
shapes = [Rect(2, 3), Circle(1), Shape(), Rect(1, 1)]
for s in sorted(shapes, key=lambda s: s.area()):
    print(type(s).__name__, s.area())
print(sum(s.area() for s in shapes))
