class Base:
    pass
class Left(Base):
    pass
class Right(Base):
    pass
class Child(Left, Right):
    pass
print(Child.__mro__)
print(Left.__mro__)
print(Base.__mro__)
print(Child.__bases__, Base.__bases__)
