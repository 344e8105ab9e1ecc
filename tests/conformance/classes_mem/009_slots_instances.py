import gc
class Point:
    __slots__ = ("x", "y")
    def __init__(self, x, y):
        self.x = x
        self.y = y
p = Point(1, [2])
print(hasattr(p, "__dict__"))
refs = gc.get_referents(p)
print(len(refs), [type(r).__name__ for r in refs])
try:
    p.z = 3
except AttributeError as e:
    print(type(e).__name__, e)
