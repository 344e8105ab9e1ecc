import sys, gc
s = slice(1, 2)
print(gc.is_tracked(s), sys.getsizeof(s), type(s).__name__)
x = [1, 2]
s2 = slice(x)
print(sys.getrefcount(x), s2.stop is x)
del s2
print(sys.getrefcount(x))
try:
    class S(slice):
        pass
except TypeError as e:
    print(e)
