import gc
gc.collect()
class Node:
    pass
n = Node()
n.me = n
print(gc.collect())
del n
print(gc.collect())
print(gc.collect())
