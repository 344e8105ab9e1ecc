import sys
class Thing:
    pass
t = Thing()
def one(o):
    return sys.getrefcount(o)
def two(o, p):
    return sys.getrefcount(o)
def deeper(o):
    return one(o)
print(sys.getrefcount(t))
print(one(t))
print(two(t, t))
print(deeper(t))
print(one(Thing()))
print(deeper(Thing()))
