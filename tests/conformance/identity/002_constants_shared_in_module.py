x = 1000
def f():
    return 1000
def g():
    return 1000
print(f() is g(), f() is x)
y = 3.25
def h():
    return 3.25
print(h() is y)
def k():
    return (1, 2, 3)
t = (1, 2, 3)
print(k() is t, k() is k())
print(tuple([1, 2, 3]) is t, tuple([1, 2, 3]) == t)
