import sys
class Shared:
    pass
s = Shared()
print(sys.getrefcount(s))
class A:
    attr = s
    items = [s, s]
print(sys.getrefcount(s))
class B(A):
    pass
b = B()
print(b.attr is s, sys.getrefcount(s))
b.attr = "own"
print(sys.getrefcount(s), A.attr is s)
del A.items
print(sys.getrefcount(s))
print(sys.getrefcount(B) - sys.getrefcount(A) < 5)
