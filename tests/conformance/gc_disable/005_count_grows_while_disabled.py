import gc
gc.collect()
gc.disable()
print(gc.get_count())
class Node:
    pass
before = gc.get_count()[0]
keep = [Node() for i in range(300)]
after = gc.get_count()[0]
print(after - before >= 300)
print(gc.get_count()[0] > 0)
gc.collect()
print(gc.get_count())
gc.enable()
