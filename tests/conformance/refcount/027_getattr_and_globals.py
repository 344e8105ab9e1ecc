import sys
class Holder:
    pass
class Thing:
    pass
h = Holder()
t = Thing()
print(sys.getrefcount(t))
h.attr = t
print(sys.getrefcount(t))
setattr(h, "again", t)
print(sys.getrefcount(t))
delattr(h, "attr")
print(sys.getrefcount(t))
def read_global():
    return sys.getrefcount(t)
print(read_global())
def local_copy():
    mine = t
    return sys.getrefcount(t)
print(local_copy())
print(sys.getrefcount(h.again))
del h
print(sys.getrefcount(t))
