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
keep = [Node() for i in range(50)]
print(len(starts))
gc.enable()
more = [Node() for i in range(50)]
print(len(starts) > 0, 0 in starts)
gc.callbacks.remove(watch)
gc.set_threshold(700, 10, 10)
