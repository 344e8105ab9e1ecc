import sys
print(sys.exc_info())
try:
    raise ValueError("inside")
except ValueError:
    t, v, tb = sys.exc_info()
    print(t.__name__, v, tb is v.__traceback__)
print(sys.exc_info())
del t, v, tb
def check():
    return sys.exc_info()[0]
try:
    raise KeyError("k")
except KeyError:
    print(check().__name__)
print(check())
