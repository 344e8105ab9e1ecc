import gc
gc.collect()
holder = []
t = (holder, 1)
holder.append(t)
del holder, t
print(gc.collect())
n = 7
class Node:
    pass
a = Node()
a.me = a
a.pair = (n, n + 1)
del a
print(gc.collect())
