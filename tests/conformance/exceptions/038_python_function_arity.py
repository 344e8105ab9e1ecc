def two(a, b):
    return a + b
def opt(a, b=2):
    return a
def kwonly(a, *, key):
    return a
def posonly(a, b, /):
    return a
def many(a, b, c, d):
    pass
class Shape:
    def __init__(self, sides):
        self.sides = sides
    def area(self, scale):
        return 0
def show(f):
    try:
        f()
    except TypeError as e:
        print(e)
show(lambda: two(1))
show(lambda: two())
show(lambda: two(1, 2, 3))
show(lambda: opt(1, 2, 3))
show(lambda: opt())
show(lambda: two(1, 2, c=3))
show(lambda: two(1, a=1))
show(lambda: kwonly(1, 2))
show(lambda: kwonly(1))
show(lambda: posonly(a=1, b=2))
show(lambda: many(1))
show(lambda: Shape())
show(lambda: Shape(3).area())
show(lambda: Shape.area(1))
show(lambda: (lambda x: x)())
show(lambda: two(1, 2, **{"a": 5}))
