class Circle:
    count = 0
    def __init__(self, r):
        self.r = r
        Circle.count += 1
    @property
    def diameter(self):
        return 2 * self.r
    @staticmethod
    def unit():
        return Circle(1)
    @classmethod
    def how_many(cls):
        return cls.count
c = Circle(3)
print(c.diameter, Circle.unit().diameter, Circle.how_many())
print(type(vars(Circle)["unit"]).__name__, type(vars(Circle)["how_many"]).__name__)
