import gc, sys
class K:
    def __init__(self, h):
        self.h = h
    def __hash__(self):
        return self.h
    def __eq__(self, other):
        return self is other
    def __del__(self):
        print("del", self.h)
s = {K(3), K(1), K(9), K(17), K(2)}
print(sorted(k.h for k in s), [k.h for k in s])
print("del s:")
del s
t = {K(4), K(12), K(0)}
print("clear:")
t.clear()
print("after clear", t)
print(gc.is_tracked(set()), gc.is_tracked(frozenset()), gc.is_tracked({1}))
x = K(50)
u = {x}
print(sys.getrefcount(x))
u.discard(x)
print(sys.getrefcount(x))
del x
print("end")
