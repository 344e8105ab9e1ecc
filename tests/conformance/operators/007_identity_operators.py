a = [1, 2]
b = a
c = [1, 2]
print(a is b, a is c, a == c)
print(a is not c, not a is c)
x = None
print(x is None, x is not None)
print(type(a) is list, type(True) is bool, type(True) is int)
def f():
    pass
print(f() is None)
print(True is True, (1 == 1) is True)
