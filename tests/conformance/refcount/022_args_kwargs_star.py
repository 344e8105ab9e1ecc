import sys
class Box:
    pass
b = Box()
base = sys.getrefcount(b)
def positional(x):
    return sys.getrefcount(x) - base
def keyword(*, x):
    return sys.getrefcount(x) - base
def star(*args):
    return sys.getrefcount(args[0]) - base
def starstar(**kw):
    return sys.getrefcount(kw["x"]) - base
print(positional(b), keyword(x=b), star(b), starstar(x=b))
class M:
    def method(self, other):
        return sys.getrefcount(self), sys.getrefcount(other) - base
m = M()
print(m.method(b))
print(sys.getrefcount(b) - base)
