import gc
gc.collect()
starts = []
def watch(phase, info):
    if phase == "start":
        starts.append(info["generation"])
gc.callbacks.append(watch)
gc.set_threshold(10)
gc.disable()
class Node:
    pass
for i in range(200):
    n = Node()
    n.me = n
print(len(starts))
print(gc.collect(), len(starts))
gc.callbacks.remove(watch)
gc.enable()
gc.set_threshold(700, 10, 10)
