import gc
gc.collect()
class Node:
    def __init__(self, name):
        self.name = name
a = Node("a")
b = Node("b")
c = Node("c")
a.next = b
b.next = c
c.next = a
del a, b
print(c.next.next.name, gc.collect())
del c
print(gc.collect())
