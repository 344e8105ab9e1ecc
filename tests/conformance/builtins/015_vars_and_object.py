class Point:
    def __init__(self, x, y):
        self.x = x
        self.y = y
p = Point(1, 2)
print(vars(p))
vars(p)["z"] = 3
print(p.z, p.__dict__)
o = object()
print(type(o).__name__, isinstance(p, object))
try:
    o.attr = 1
except AttributeError as e:
    print("AttributeError:", e)
