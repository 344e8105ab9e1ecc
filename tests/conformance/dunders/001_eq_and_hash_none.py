class Point:
    def __init__(self, x, y):
        self.x, self.y = x, y
    def __eq__(self, other):
        if not isinstance(other, Point):
            return NotImplemented
        return (self.x, self.y) == (other.x, other.y)
print(Point(1, 2) == Point(1, 2), Point(1, 2) != Point(2, 1))
print(Point(1, 2) == (1, 2))
print(Point.__hash__)
try:
    {Point(1, 2)}
except TypeError as e:
    print("TypeError:", e)
