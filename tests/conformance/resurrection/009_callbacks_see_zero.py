import gc
gc.collect()
info_log = []
saved = []
def watch(phase, info):
    if phase == "stop":
        info_log.append(info["collected"])
class Phoenix:
    def __del__(self):
        saved.append(self)
p = Phoenix()
p.me = p
del p
gc.callbacks.append(watch)
gc.collect()
saved.clear()
gc.collect()
gc.callbacks.remove(watch)
print(info_log)
