import sys, gc
print(sys.getsizeof(range(10)), sys.getsizeof(range(10**30)), sys.getsizeof(iter(range(3))))
print(gc.is_tracked(range(3)), gc.is_tracked(iter(range(3))), gc.is_tracked(reversed(range(3))))
print(type(range(3)).__name__, type(iter(range(3))).__name__)
a = 1000
r = range(a, a + 5)
print(r.start is a, sys.getrefcount(r) >= 2)
