# Subclasses of built-in types: a class adds a __dict__ (kept in front of
# the object, or inside it for int/tuple/bytes) and a __weakref__ slot.
import sys
class MyList(list): pass
class MyTuple(tuple): pass
class MyInt(int): pass
class MyBytes(bytes): pass
class MyStr(str): pass
class MyDict(dict): pass
class MySet(set): pass
class Plain: pass
class Slotted:
    __slots__ = ("a", "b")
print(sys.getsizeof(MyList()), sys.getsizeof([]))
print(sys.getsizeof(MyTuple((1, 2))), sys.getsizeof((1, 2)))
print(sys.getsizeof(MyInt(5)), sys.getsizeof(5))
print(sys.getsizeof(MyBytes(b"ab")), sys.getsizeof(b"ab"))
print(sys.getsizeof(MyStr("ab")), sys.getsizeof(MyStr("\xe9")))
print(sys.getsizeof(MyDict()), sys.getsizeof(MySet()))
print(sys.getsizeof(Plain()), sys.getsizeof(Slotted()))
print("classes:", [sys.getsizeof(c) for c in (MyList, MyTuple, MyInt, MyBytes, MyStr, Plain, Slotted)])
t = MyTuple((1,))
t.tag = "x"
print(sys.getsizeof(t.__dict__), sys.getsizeof(MyStr("s").__dict__))
