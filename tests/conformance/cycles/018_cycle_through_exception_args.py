import gc
gc.collect()
class Node:
    pass
n = Node()
n.err = ValueError(n)
del n
print(gc.collect())
e = KeyError("k")
e.args = (e,)
del e
print(gc.collect())
