import sys
data = [1, 2]
base = sys.getrefcount(data)
it = iter(data)
print(sys.getrefcount(data) - base)
print(next(it), sys.getrefcount(data) - base)
print(next(it), sys.getrefcount(data) - base)
print(next(it, "done"), sys.getrefcount(data) - base)
it2 = iter(data)
del it2
print(sys.getrefcount(data) - base)
