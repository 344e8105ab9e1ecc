class Any:
    def __eq__(self, other):
        print("__eq__")
        return True
    __hash__ = object.__hash__
a = Any()
b = Any()
print(a == b, a is b)
print(a in [b])
print(a in [a])
print([a] == [b])
print(a != b)
