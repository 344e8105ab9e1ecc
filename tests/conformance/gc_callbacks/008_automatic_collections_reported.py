import gc
gc.collect()
gens = []
def cb(phase, info):
    if phase == "start":
        gens.append(info["generation"])
gc.set_threshold(25)
gc.callbacks.append(cb)
class Node:
    pass
keep = []
for i in range(300):
    keep.append(Node())
gc.callbacks.remove(cb)
gc.set_threshold(700, 10, 10)
print(len(gens) > 2, gens[0], set(gens) <= {0, 1, 2})
