import gc
def names(objs):
    return [type(o).__name__ for o in objs]
class P:
    def m(self):
        return 1
p = P()
print(names(gc.get_referents([1, "s", (2,), p])))
print(names(gc.get_referents({"a": 1.5, "b": [2]})))
print(names(gc.get_referents({1: "one", 2.5: None})))
print(names(gc.get_referents(p.m)))
print(names(gc.get_referents(1, "str", 2.5)))
print(names(gc.get_referents({3})))
s = slice(1, [2], None)
print(names(gc.get_referents(s)))
