import sys
class V:
    def __init__(self, n):
        self.n = n
    def __del__(self):
        print("del", self.n)
d = {"x": V("x"), "y": V("y"), "z": V("z")}
print("pop y")
d.pop("y")
print("popitem")
k, v = d.popitem()
print("got", k)
del v
print("clear")
d.clear()
d = {1: V(1), 2: V(2)}
d[1] = V("one")
print("del d")
del d
o = V("o")
d = {"a": o, "b": o}
print(sys.getrefcount(o))
del d["a"]
print(sys.getrefcount(o))
del o, d
print("end")
