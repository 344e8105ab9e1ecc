import sys
a = []
print(sys.getrefcount(a))
a.append(a)
print(sys.getrefcount(a))
a.append(a)
print(sys.getrefcount(a))
b = [a]
print(sys.getrefcount(a))
a.clear()
print(sys.getrefcount(a))
