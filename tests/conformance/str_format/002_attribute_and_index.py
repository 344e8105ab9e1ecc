class Point:
    def __init__(self, x, y):
        self.x = x
        self.y = y

p = Point(3, 4)
print("({0.x}, {0.y})".format(p))
print("({p.x}, {p.y})".format(p=p))
print("{0[0]} {0[2]}".format("abc"))
print("{0[1]}".format([10, 20, 30]))
print("{0[key]}".format({"key": "value"}))
print("{0[1]}".format({1: "int key"}))
print("{data[k][0]}".format(data={"k": ["nested"]}))
print("{0.real} {0.imag}".format(5))
print("{.x}".format(p), "{[0]}".format(["first"]))
print("{0[01]}".format(["a", "b"]))
print("{0[a b]}".format({"a b": "spaced key"}))
print("{0.__class__.__name__}".format(p))
