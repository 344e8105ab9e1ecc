import sys
class Probe:
    def __init__(self):
        print("in __init__", sys.getrefcount(self))
    def method(self):
        return sys.getrefcount(self)
    @classmethod
    def make(cls):
        obj = cls()
        print("in classmethod after cls()", sys.getrefcount(obj))
        return obj
    def __repr__(self):
        print("in __repr__", sys.getrefcount(self))
        return "Probe()"
p = Probe()
print("method", p.method())
bound = p.method
print("via bound method", bound())
q = Probe.make()
r = repr(q)
print(sys.getrefcount(p), sys.getrefcount(q))
