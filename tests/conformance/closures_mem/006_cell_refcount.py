import sys
class Thing:
    pass
t = Thing()
base = sys.getrefcount(t)
def make(o):
    def a():
        return o
    def b():
        return o
    return a, b
pair = make(t)
print(sys.getrefcount(t) - base)
print(pair[0].__closure__[0] is pair[1].__closure__[0])
first = pair[0]
del pair
print(sys.getrefcount(t) - base)
del first
print(sys.getrefcount(t) - base)
