import gc
import sys
gc.collect()
class Node:
    pass
n = Node()
n.a = 1
d = n.__dict__
print(d is n.__dict__, sys.getrefcount(d))
n.b = 2
print(d)
del d
n.me = n
del n
print(gc.collect())
