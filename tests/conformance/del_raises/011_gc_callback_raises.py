import gc
gc.collect()
def watcher(phase, info):
    if phase == "start":
        raise ValueError("watcher broke")
gc.callbacks.append(watcher)
class Node:
    pass
n = Node()
n.me = n
del n
print("collected", gc.collect())
gc.callbacks.remove(watcher)
print("end")
