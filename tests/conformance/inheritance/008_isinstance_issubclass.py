class Shape:
    pass
class Circle(Shape):
    pass
class Square(Shape):
    pass
c = Circle()
print(isinstance(c, Circle), isinstance(c, Shape), isinstance(c, Square))
print(isinstance(c, (Square, Circle)), isinstance(c, object))
print(issubclass(Circle, Shape), issubclass(Shape, Circle), issubclass(Circle, Circle))
print(issubclass(bool, int), issubclass(int, object), isinstance(True, int))
print(type(c) == Shape, type(c) == Circle)
