import sys
class Opt:
    pass
o = Opt()
print(sys.getrefcount(o))
def f(a=o, *, b=o):
    return a is b
print(sys.getrefcount(o))
print(f.__defaults__[0] is o, f.__kwdefaults__["b"] is o)
g = f
print(sys.getrefcount(o))
del f
print(sys.getrefcount(o))
del g
print(sys.getrefcount(o))
