import sys
class Val:
    pass
v = Val()
def outer():
    x = v
    def read():
        return x
    def again():
        return x
    return read, again
print(sys.getrefcount(v))
r, a = outer()
print(sys.getrefcount(v))
print(r.__closure__[0] is a.__closure__[0])
print(sys.getrefcount(r.__closure__[0]))
del r
print(sys.getrefcount(v))
del a
print(sys.getrefcount(v))
