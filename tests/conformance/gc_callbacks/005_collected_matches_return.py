import gc
gc.collect()
stops = []
def cb(phase, info):
    if phase == "stop":
        stops.append(info["collected"])
gc.callbacks.append(cb)
class Node:
    pass
results = []
for size in [1, 3, 0, 5]:
    for i in range(size):
        n = Node()
        n.me = n
        n.data = [i]
    n = None
    results.append(gc.collect())
gc.callbacks.remove(cb)
print(results)
print(stops)
