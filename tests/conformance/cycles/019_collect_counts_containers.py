import gc
gc.collect()
l = []
l.append(l)
del l
print("self list", gc.collect())
d = {}
d["me"] = d
del d
print("self dict", gc.collect())
a = [1]
t = (a, 2)
a.append(t)
del a, t
print("list-tuple", gc.collect())
s = set()
class Node:
    pass
n = Node()
n.bag = [n, {"x": n}, (n,)]
del n
print("node with list, dict, tuple", gc.collect())
print("nothing", gc.collect())
