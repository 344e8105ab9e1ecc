import gc
def cb(phase, info):
    pass
gc.callbacks.append(cb)
gc.callbacks.append(cb)
print(len(gc.callbacks))
gc.callbacks.remove(cb)
print(len(gc.callbacks), gc.callbacks[0] is cb)
gc.callbacks.remove(cb)
try:
    gc.callbacks.remove(cb)
except ValueError as e:
    print(type(e).__name__, e)
