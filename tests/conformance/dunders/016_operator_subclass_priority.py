class Base:
    def __add__(self, other):
        return "Base.__add__"
    def __radd__(self, other):
        return "Base.__radd__"
class Derived(Base):
    def __add__(self, other):
        return "Derived.__add__"
    def __radd__(self, other):
        return "Derived.__radd__"
print(Base() + Base())
print(Base() + Derived())
print(Derived() + Base())
print(1 + Base())
