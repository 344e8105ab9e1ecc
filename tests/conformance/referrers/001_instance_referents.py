import gc
class Point:
    def __init__(self, x, y):
        self.x = x
        self.y = y
p = Point(1, [2])
refs = gc.get_referents(p)
print(len(refs), [type(r).__name__ for r in refs])
print(refs[1] is p.y, refs[2] is Point)
class Empty:
    pass
print([r is Empty for r in gc.get_referents(Empty())])
