class Vec:
    def __init__(self, x):
        self.x = x
    def __add__(self, other):
        print("__add__ makes a new Vec")
        return Vec(self.x + other)
t = (Vec(1),)
old = t[0]
try:
    t[0] += 2
except TypeError as e:
    print(type(e).__name__, e)
print(t[0] is old, t[0].x)
v = old
v += 3
print(v is old, v.x, old.x)
