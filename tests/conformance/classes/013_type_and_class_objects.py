class A:
    pass
a = A()
print(type(a) is A, type(A).__name__, type(type).__name__)
print(a.__class__ is A, A.__name__)
klass = A
b = klass()
print(isinstance(b, A))
print(type(3), type("s"), type([]), type(A))
print(repr(type(None)), type(len).__name__)
