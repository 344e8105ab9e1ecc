import gc
gc.collect()
values = []
def cb(phase, info):
    values.append(info["uncollectable"])
class Noisy:
    def __del__(self):
        pass
gc.callbacks.append(cb)
for i in range(3):
    n = Noisy()
    n.me = n
    del n
    gc.collect()
gc.callbacks.remove(cb)
print(values, gc.garbage)
