import gc
gc.collect()
order = []
def first(phase, info):
    order.append("first " + phase)
def second(phase, info):
    order.append("second " + phase)
gc.callbacks.append(first)
gc.callbacks.append(second)
gc.collect()
print(order)
gc.callbacks.remove(first)
order.clear()
gc.collect()
print(order)
gc.callbacks.clear()
