import gc
gc.collect()
inner = []
def cb(phase, info):
    if phase == "start":
        inner.append(gc.collect())
gc.callbacks.append(cb)
class Node:
    pass
n = Node()
n.me = n
del n
print(gc.collect(), inner)
gc.callbacks.remove(cb)
