# An instance __dict__ is a split table: its values array is sized by the
# class's shared keys, which every new instance shrinks by one slot.
import sys
class Point:
    pass
p = Point()
p.x = 1
p.y = 2
print("first instance dict:", sys.getsizeof(p.__dict__))
q = Point()
print("after a second instance:", sys.getsizeof(p.__dict__), sys.getsizeof(q.__dict__))
for i in range(3):
    Point()
print("after three more:", sys.getsizeof(p.__dict__))
q.__dict__["z"] = 3
print("new str key stays split:", sys.getsizeof(q.__dict__))
q.__dict__[0] = "int key"
print("a non-str key makes it combined:", sys.getsizeof(q.__dict__))
r = Point()
r.a = 1
rd = r.__dict__
print("popitem:", rd.popitem(), sys.getsizeof(rd))
s = Point()
s.x = 0
print("copy is split too:", sys.getsizeof(s.__dict__.copy()), "dict():", sys.getsizeof(dict(s.__dict__)))
s.__dict__.clear()
print("cleared:", sys.getsizeof(s.__dict__))
class Wide:
    def __init__(self):
        for i in range(40):
            setattr(self, "attr%d" % i, i)
w = Wide()
print("40 attributes:", sys.getsizeof(w.__dict__), len(w.__dict__))
print("plain dicts:", sys.getsizeof({}), sys.getsizeof({"x": 1, "y": 2}))
