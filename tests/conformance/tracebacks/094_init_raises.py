class Point:
    def __init__(self, x, y):
        if not isinstance(x, (int, float)):
            raise TypeError(f"x must be a number, not {type(x).__name__}")
        self.x = x
        self.y = y
p = Point(1, 2)
print(p.x)
q = Point("1", 2)
