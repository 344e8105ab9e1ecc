import sys
class Payload:
    pass
p = Payload()
base = sys.getrefcount(p)
try:
    raise ValueError(p)
except ValueError:
    info = sys.exc_info()
    print(info[0].__name__, sys.getrefcount(p) - base)
print(sys.getrefcount(info[1]), sys.getrefcount(p) - base)
del info
print(sys.getrefcount(p) - base)
def reraiser():
    try:
        raise KeyError(p)
    except KeyError:
        raise
try:
    reraiser()
except KeyError as e:
    print(e.__traceback__.tb_next is not None, sys.getrefcount(p) - base)
print(sys.getrefcount(p) - base)
