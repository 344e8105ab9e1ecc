import sys
class Payload:
    pass
p = Payload()
print(sys.getrefcount(p))
try:
    raise ValueError(p)
except ValueError as e:
    print(sys.getrefcount(p), sys.getrefcount(e))
    kept = e
print(sys.getrefcount(p), sys.getrefcount(kept))
kept = None
print(sys.getrefcount(p))
def thrower():
    raise KeyError(p)
try:
    thrower()
except KeyError:
    print(sys.getrefcount(p))
print(sys.getrefcount(p))
