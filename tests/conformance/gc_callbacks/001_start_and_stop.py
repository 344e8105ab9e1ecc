import gc
gc.collect()
log = []
def cb(phase, info):
    log.append((phase, info["generation"], info["collected"], info["uncollectable"]))
gc.callbacks.append(cb)
class A:
    pass
a = A()
a.me = a
del a
n = gc.collect()
gc.callbacks.remove(cb)
print("collect returned", n)
for entry in log:
    print(entry)
