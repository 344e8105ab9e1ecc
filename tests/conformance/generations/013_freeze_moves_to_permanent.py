import gc
gc.collect()
print(gc.get_freeze_count())
class Node:
    pass
n = Node()
gc.freeze()
print(gc.get_freeze_count() > 0, gc.get_count())
gc.unfreeze()
print(gc.get_freeze_count())
gc.freeze()
gc.freeze()
print(gc.get_freeze_count() > 0)
gc.unfreeze()
print(gc.get_freeze_count())
