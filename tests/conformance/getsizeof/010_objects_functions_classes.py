import sys
class Plain:
    pass
class Slotted:
    __slots__ = ("x", "y")
def func():
    pass
print(sys.getsizeof(Plain()), sys.getsizeof(Slotted()))
print(sys.getsizeof(func), sys.getsizeof(lambda: 0))
print(sys.getsizeof(Plain), sys.getsizeof(Slotted))
print(sys.getsizeof(object()))
