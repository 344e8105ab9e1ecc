class Rectangle:
    def __init__(self, width, height):
        self.width = width
        self.height = height
    @property
    def width(self):
        return self._width
    @width.setter
    def width(self, value):
        self._width = max(0, value)
    @property
    def height(self):
        return self._height
    @height.setter
    def height(self, value):
        self._height = max(0, value)
    @property
    def area(self):
        return self.width * self.height
r = Rectangle(-3, 4)
print(r.width, r.height, r.area)
r.width = 5
print(r.area, sorted(vars(r)))
