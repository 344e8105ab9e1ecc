import gc
gc.collect()
rescued = []
class Node:
    def __del__(self):
        rescued.append(self.box)
a = Node()
b = Node()
a.peer = b
b.peer = a
a.box = ["a's box"]
b.box = ["b's box"]
del a, b
print("collected", gc.collect())
print(rescued)
print(gc.collect())
