# What a class statement and its instances add to generation 0's count:
# the class body function (freed again), the namespace, the call's argument
# tuple, the type, its dict, __bases__, __mro__, two descriptors and the
# weak reference its base keeps for __subclasses__; then one per instance.
import gc
counts = [None] * 10
get = gc.get_count
gc.collect()
counts[0] = get()
log = []
counts[1] = get()
def callback(phase, info):
    log.append((phase, info["generation"], info["collected"]))
counts[2] = get()
gc.callbacks.append(callback)
class A:
    pass
counts[3] = get()
a = A()
counts[4] = get()
a.me = a
counts[5] = get()
for i in range(3):
    a = A()
    a.me = a
counts[6] = get()
for i in range(800):
    a = A()
    a.me = a
gc.callbacks.remove(callback)
print(counts[:7])
print("first automatic collection:", log[:2])
