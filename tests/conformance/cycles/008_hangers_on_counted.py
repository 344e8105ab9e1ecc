import gc
gc.collect()
class Node:
    pass
a = Node()
b = Node()
a.peer = b
b.peer = a
a.child = [1, 2]
b.child = Node()
b.child.tags = ["x"]
del a, b
print(gc.collect())
c = Node()
c.me = c
c.meta = {"size": 1}
c.label = "text"
del c
print(gc.collect())
