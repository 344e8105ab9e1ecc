import sys
inner = [1]
outer = [inner]
print(sys.getrefcount(inner), sys.getrefcount(outer))
outer2 = [outer, outer]
print(sys.getrefcount(inner), sys.getrefcount(outer))
flat = outer2[0]
print(sys.getrefcount(outer))
outer2 = None
print(sys.getrefcount(outer))
del outer, flat
print(sys.getrefcount(inner))
