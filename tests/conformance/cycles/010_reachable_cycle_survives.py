import gc
gc.collect()
class Node:
    def __init__(self, name):
        self.name = name
a = Node("a")
b = Node("b")
a.peer = b
b.peer = a
keep = [b]
del a, b
print(gc.collect())
print(keep[0].peer.name)
keep.clear()
print(gc.collect())
