import sys
class Thing:
    pass
print(sys.getrefcount(Thing()))
print(sys.getrefcount([]))
t = Thing()
print(sys.getrefcount([t]))
print(sys.getrefcount(t))
print(sys.getrefcount((t, t)), sys.getrefcount(t))
def make():
    return Thing()
print(sys.getrefcount(make()))
