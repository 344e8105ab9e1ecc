import gc
gc.collect()
log = []
def cb(phase, info):
    log.append((phase, sorted(info.items())))
gc.callbacks.append(cb)
class N:
    pass
n = N()
n.me = n
del n
gc.collect(1)
gc.collect()
gc.callbacks.remove(cb)
for entry in log:
    print(entry)
