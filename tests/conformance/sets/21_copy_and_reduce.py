import copy
s = {3, 1, (2, 4)}
c = copy.copy(s)
d = copy.deepcopy(s)
print(c == s, c is s, d == s, d is s)
print(s.__reduce__())
f = frozenset({1, 2})
print(copy.copy(f) is f, copy.deepcopy(f) == f)
l = [1, 2]
class Box(set):
    pass
b = Box([5])
b.tag = "t"
b2 = copy.copy(b)
print(type(b2).__name__, b2, b2.tag)
