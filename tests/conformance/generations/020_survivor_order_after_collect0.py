import gc
class Node:
    def __init__(self, name):
        self.name = name
gc.collect()
a = Node("a"); b = Node("b"); c = Node("c"); d = Node("d")
a.next = b; b.next = a
c.next = d; d.next = c
keep = [d]
del a, b, c, d
print(gc.collect(0))
print([o.name if isinstance(o, Node) else type(o).__name__ for o in gc.get_objects(1)])
