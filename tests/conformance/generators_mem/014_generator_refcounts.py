import sys
class D:
    pass
d = D()
print(sys.getrefcount(d))
def gen(x):
    yield x
    yield x
g = gen(d)
print(sys.getrefcount(d))
next(g)
print(sys.getrefcount(d))
list(g)
print(sys.getrefcount(d))
def expr():
    return (v for v in [d, d])
e = expr()
print(sys.getrefcount(d))
del e
print(sys.getrefcount(d))
