import sys
# Extended-slice deletion and assignment: the list is consistent first, then
# the removed or replaced items are released first to last; the list shrinks
# once (sys.getsizeof).
class Noisy:
    def __init__(self, name, seen=None):
        self.name = name
        self.seen = seen

    def __del__(self):
        extra = "" if self.seen is None else " " + str(len(self.seen))
        print("destroy", self.name + extra)


def make(n, tag):
    return [Noisy(tag + str(i)) for i in range(n)]


b = make(7, "b")
del b[::2]
print("left", [x.name for x in b])
c = make(6, "c")
del c[::-2]
print("left", [x.name for x in c])
d = make(8, "d")
del d[1:7:3]
print("left", [x.name for x in d])
e = make(5, "e")
e[::2] = [1, 2, 3]
print("left", [getattr(x, "name", x) for x in e])
f = make(4, "f")
f[::-1] = (7, 8, 9, 10)
print("after reverse assignment", f)
g = []
g.extend(Noisy("g%d" % i, g) for i in range(4))
del g[::3]
print("g", len(g))
del g[:]
for n in [10, 17, 40, 100]:
    h = list(range(n))
    del h[::2]
    k = list(range(n))
    del k[1::3]
    m = list(range(n))
    del m[::-4]
    print(n, len(h), sys.getsizeof(h), sys.getsizeof(k), sys.getsizeof(m))
try:
    e[::2] = 5
except TypeError as ex:
    print("TypeError", ex)
try:
    e[::2] = [1]
except ValueError as ex:
    print("ValueError", ex)
e[::2] = e[::2]
e[1::2] = "xy"
print(e)
del e[::0 or 1]
print(e)
