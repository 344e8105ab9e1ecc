import gc
gc.collect()
class Node:
    pass
n = Node()
n.me = n
del n
print(gc.collect(generation=2))
try:
    gc.collect(gen=2)
except TypeError as e:
    print(type(e).__name__)
print(gc.collect(0), gc.collect(1), gc.collect(2))
