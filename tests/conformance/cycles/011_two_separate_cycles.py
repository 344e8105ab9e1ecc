import gc
gc.collect()
class Node:
    pass
x = Node()
x.me = x
y = Node()
z = Node()
y.other = z
z.other = y
del x
print(gc.collect())
del y, z
print(gc.collect())
for i in range(10):
    n = Node()
    n.me = n
del n
print(gc.collect())
