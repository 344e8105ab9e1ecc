# gc.get_referents of an instance dict lists its values in the order of the
# class's shared keys; a plain dict lists them in insertion order.
import gc
class A:
    pass
class V:
    def __init__(self, name):
        self.name = name
    def __repr__(self):
        return self.name
a = A()
a.second = V("a.second")
a.first = V("a.first")
b = A()
b.first = V("b.first")
b.second = V("b.second")
print(list(b.__dict__), gc.get_referents(b.__dict__))
plain = {"first": V("p.first"), "second": V("p.second")}
print(gc.get_referents(plain))
del b.__dict__["second"]
b.second = V("b.second again")
print(list(b.__dict__), gc.get_referents(b.__dict__))
