import gc
gc.collect()
seen = []
def watch(phase, info):
    if phase == "stop":
        seen.append(gc.get_count())
gc.callbacks.append(watch)
gc.set_threshold(30)
class Node:
    pass
keep = [Node() for i in range(200)]
gc.callbacks.remove(watch)
gc.set_threshold(700, 10, 10)
print(len(seen) > 0)
print(all(c[0] == 0 for c in seen))
