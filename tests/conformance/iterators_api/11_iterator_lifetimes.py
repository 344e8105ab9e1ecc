import sys, gc
l = [1, 2, 3]
print(sys.getrefcount(l))
it = iter(l)
print(sys.getrefcount(l))
print(list(it))
print(sys.getrefcount(l))
class D:
    def __init__(self, n):
        self.n = n
    def __del__(self):
        print("del", self.n)
it = iter([D(1), D(2)])
x = next(it)
print("dropping iterator")
del it
print("dropping x")
del x
m = map(str, [D("m")])
print("drop map")
del m
for o in [iter([]), iter(()), iter(""), iter("é"), reversed([]), enumerate([]), zip(), map(len, []),
          filter(None, []), reversed("ab"), iter(lambda: 1, 2), iter(range(2))]:
    print(type(o).__name__, sys.getsizeof(o), gc.is_tracked(o))
