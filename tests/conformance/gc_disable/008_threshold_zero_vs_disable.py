import gc
gc.collect()
gc.set_threshold(0)
print(gc.isenabled(), gc.get_threshold())
starts = []
gc.callbacks.append(lambda phase, info: starts.append(phase))
class Node:
    pass
for i in range(1000):
    n = Node()
    n.me = n
del n
print(len(starts))
print(gc.collect(), starts)
gc.callbacks.clear()
gc.set_threshold(700, 10, 10)
