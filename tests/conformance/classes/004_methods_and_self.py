class Rect:
    def __init__(self, w, h):
        self.w = w
        self.h = h
    def area(self):
        return self.w * self.h
    def scale(self, k):
        self.w *= k
        self.h *= k
        return self
r = Rect(2, 3)
print(r.area(), Rect.area(r))
print(r.scale(2).area(), r.w, r.h)
m = r.area
print(m(), m.__self__ is r, m.__func__ is Rect.area)
