s = "hi\tthere"
print(f"{s}")
print(f"{s!r}")
print(f"{s!s}")
class Point:
    def __init__(self, x, y):
        self.x, self.y = x, y
    def __repr__(self):
        return f"Point({self.x!r}, {self.y!r})"
    def __str__(self):
        return f"({self.x}, {self.y})"
p = Point(1, "2")
print(f"{p} vs {p!r}")
print(f"{[p]}")
print(f"{'quoted'!r:>12}")
