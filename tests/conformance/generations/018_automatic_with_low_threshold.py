import gc
gc.collect()
seen = []
def cb(phase, info):
    if phase == "start":
        seen.append(info["generation"])
gc.callbacks.append(cb)
gc.set_threshold(10, 2, 2)
class Obj:
    pass
keep = [Obj() for _ in range(200)]
gc.set_threshold(700, 10, 10)
gc.callbacks.remove(cb)
print(len(seen) > 5, 0 in seen, 1 in seen)
print(seen[:3] == [0, 0, 0])
