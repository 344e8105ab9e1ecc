import gc
gc.collect()
seen = []
def cb(phase, info):
    seen.append((phase, sorted(info), type(info).__name__))
gc.callbacks.append(cb)
gc.collect(1)
gc.callbacks.remove(cb)
for entry in seen:
    print(entry)
print(type(gc.callbacks).__name__, len(gc.callbacks))
