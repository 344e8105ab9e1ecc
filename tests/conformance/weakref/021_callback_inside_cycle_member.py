import gc
import weakref
gc.collect()
class Node:
    def __init__(self, name):
        self.name = name
def report(ref):
    print("callback for a dead node")
a = Node("a")
b = Node("b")
a.peer = b
b.peer = a
watch_b = weakref.ref(b, report)
a.watch = weakref.ref(a, report)
del a, b
print("collected", gc.collect())
