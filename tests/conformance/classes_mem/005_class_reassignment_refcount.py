import sys
class A:
    pass
class B:
    pass
a = A()
ba = sys.getrefcount(A)
bb = sys.getrefcount(B)
a.__class__ = B
print(sys.getrefcount(A) - ba, sys.getrefcount(B) - bb)
print(type(a).__name__, isinstance(a, A))
a.__class__ = A
print(sys.getrefcount(A) - ba, sys.getrefcount(B) - bb)
