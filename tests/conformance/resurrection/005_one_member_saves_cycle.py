import gc
gc.collect()
saved = []
class Node:
    def __init__(self, name, keep):
        self.name = name
        self.keep = keep
    def __del__(self):
        print("__del__", self.name)
        if self.keep:
            saved.append(self)
a = Node("a", False)
b = Node("b", True)
a.peer = b
b.peer = a
del a, b
print("collected", gc.collect())
print(saved[0].peer.name)
saved.clear()
print("collected", gc.collect())
