class Base:
    def hello(self):
        return "base hello"
class Child(Base):
    def hello(self):
        return "child + " + super().hello()
print(Child().hello())
print(super(Child, Child()).hello())
print(object.__name__, Base.__base__.__name__)
print(Child.__base__.__name__, Child.__bases__)
