# Exceptions have an instance __dict__ (BaseException's getset): it can be
# replaced but not deleted, and it holds its values like any dict.
import sys
class Payload:
    pass
p = Payload()
base = sys.getrefcount(p)
e = ValueError("message")
print(e.__dict__)
e.payload = p
print(list(e.__dict__), sys.getrefcount(p) - base)
e.__dict__ = {"other": 1}
print(e.other, sys.getrefcount(p) - base)
try:
    del e.__dict__
except TypeError as err:
    print(err)
try:
    e.__dict__ = []
except TypeError as err:
    print(err)
class MyError(Exception):
    pass
m = MyError()
m.extra = p
print(MyError.__dict__.get("__dict__"), m.__dict__ is m.__dict__, sys.getrefcount(p) - base)
del m
print(sys.getrefcount(p) - base)
