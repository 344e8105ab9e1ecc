import gc
gc.collect()
class Node:
    pass
n = Node()
n.me = n
gc.collect(0)
del n
print("collect(0):", gc.collect(0))
print("collect(1):", gc.collect(1))
m = Node()
m.me = m
del m
print("young garbage, collect(0):", gc.collect(0))
