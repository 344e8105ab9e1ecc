import sys
class Payload:
    pass
p = Payload()
base = sys.getrefcount(p)
try:
    raise ValueError(p)
except ValueError as e:
    print("handler:", sys.getrefcount(p) - base)
    print("exception object:", sys.getrefcount(e))
    kept = e
print("after handler, kept:", sys.getrefcount(p) - base, sys.getrefcount(kept))
del kept
print("after del kept:", sys.getrefcount(p) - base)
