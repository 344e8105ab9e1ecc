import copy
class Slotted:
    __slots__ = ("a", "b")
    def __init__(self):
        self.a = [1]
s = Slotted()
c = copy.copy(s)
d = copy.deepcopy(s)
print(c.a is s.a, d.a == s.a, d.a is s.a, hasattr(d, "b"))
class Red:
    def __init__(self, v):
        self.v = v
    def __reduce__(self):
        print("__reduce__")
        return (Red, (self.v * 2,))
r = copy.copy(Red(3))
print(r.v)
class Sub(list):
    pass
x = Sub([1, [2]])
x.tag = "t"
y = copy.copy(x)
z = copy.deepcopy(x)
print(type(y).__name__, y, y.tag, y[1] is x[1], z[1] is x[1])
