import sys
print(sys.exc_info())
try:
    raise ValueError("x")
except ValueError:
    t, v, tb = sys.exc_info()
    print(t.__name__, v, tb is not None)
    try:
        raise KeyError("y")
    except KeyError:
        print(sys.exc_info()[0].__name__)
    print(sys.exc_info()[0].__name__)
print(sys.exc_info())
def helper():
    return sys.exc_info()[1]
try:
    1 / 0
except ZeroDivisionError:
    print(repr(helper()))
print(helper())
