import sys
class Item:
    pass
i = Item()
start = sys.getrefcount(i)
l = [i] * 4
print(sys.getrefcount(i) - start)
t = (i, i)
print(sys.getrefcount(i) - start)
d = {1: i, 2: i, "k": i}
print(sys.getrefcount(i) - start)
s = {i}
print(sys.getrefcount(i) - start)
l2 = l + l
print(sys.getrefcount(i) - start)
del l, l2, t, d, s
print(sys.getrefcount(i) - start)
nested = [[i], [i, [i]]]
print(sys.getrefcount(i) - start)
nested[1][1].clear()
print(sys.getrefcount(i) - start)
