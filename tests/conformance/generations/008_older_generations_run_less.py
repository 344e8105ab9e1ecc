import gc
gc.collect()
seen = []
def watch(phase, info):
    if phase == "start":
        seen.append(info["generation"])
gc.callbacks.append(watch)
gc.set_threshold(20, 2, 100)
class Node:
    pass
keep = []
for i in range(2000):
    keep.append(Node())
gc.callbacks.remove(watch)
gc.set_threshold(700, 10, 10)
print(seen.count(0) > seen.count(1) > 0)
print(2 in seen)
