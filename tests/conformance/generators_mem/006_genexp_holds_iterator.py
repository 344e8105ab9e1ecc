import sys
data = [1, 2, 3]
base = sys.getrefcount(data)
squares = (x * x for x in data)
print(sys.getrefcount(data) - base)
print(next(squares))
print(sys.getrefcount(data) - base)
print(list(squares))
print(sys.getrefcount(data) - base)
del squares
print(sys.getrefcount(data) - base)
