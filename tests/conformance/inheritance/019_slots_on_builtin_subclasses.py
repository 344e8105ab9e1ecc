# __slots__ on subclasses of built-in containers and numbers store their
# values after the base object.
import weakref
class S(set):
    __slots__ = ("a", "b")
class F(frozenset):
    __slots__ = ("a",)
class D(dict):
    __slots__ = ("a", "b")
class L(list):
    __slots__ = ("a",)
class Fl(float):
    __slots__ = ("a",)
class R(weakref.ref):
    __slots__ = ("a",)
s = S([1, 2, 3, 4, 5, 6, 7, 8, 9])
s.a = [1]
s.b = "b"
s.add(10)
f = F([1, 2])
f.a = 3
d = D(x=1)
d.a, d.b = 1, 2
for i in range(20):
    d[i] = i
l = L([1])
l.a = 5
l.extend(range(10))
fl = Fl(1.5)
fl.a = 2
r = R(s)
r.a = "r"
print(sorted(s), s.a, s.b, sorted(f), f.a, len(d), d.a, d.b, l, l.a)
print(fl, fl.a, r() is s, r.a)
del s.a
try:
    s.a
except AttributeError as e:
    print(e)
