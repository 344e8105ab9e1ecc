class A:
    pass
class B:
    def __str__(self):
        return "B as str"
class C:
    def __repr__(self):
        return "C()"
b, c = B(), C()
print(str(b), repr(c), str(c))
print([b is b, c], f"{c}")
a = A()
print(str(a) == repr(a), type(str(a)).__name__)
