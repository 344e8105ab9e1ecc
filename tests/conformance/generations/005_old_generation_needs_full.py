import gc
gc.collect()
class Node:
    pass
a = Node()
a.me = a
gc.collect()
del a
print(gc.collect(0), gc.collect(1))
print(gc.collect(2))
b = Node()
b.me = b
gc.collect(0)
gc.collect(1)
del b
print(gc.collect(1), gc.collect())
