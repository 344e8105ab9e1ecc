import gc
gc.collect()
gc.disable()
class Node:
    pass
n = Node()
n.me = n
del n
print(gc.isenabled())
print(gc.collect())
print(gc.isenabled())
gc.enable()
