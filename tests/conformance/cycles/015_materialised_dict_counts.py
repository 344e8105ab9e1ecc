import gc
gc.collect()
class Node:
    pass
a = Node()
a.me = a
del a
print(gc.collect())
b = Node()
b.me = b
print(sorted(b.__dict__))
del b
print(gc.collect())
