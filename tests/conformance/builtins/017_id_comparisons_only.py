a = [1, 2]
b = a
c = [1, 2]
print(id(a) == id(b), id(a) == id(c))
print(id(a) == id(a[:]), a is b)
x = None
print(id(x) == id(None))
def f():
    return a
print(id(f()) == id(a))
