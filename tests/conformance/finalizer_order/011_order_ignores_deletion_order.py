import gc
gc.collect()
class Noisy:
    def __init__(self, name):
        self.name = name
    def __del__(self):
        print("finalize", self.name)
nodes = [Noisy(n) for n in ["p", "q", "r", "s"]]
for i in range(4):
    nodes[i].next = nodes[(i + 1) % 4]
last = nodes[3]
nodes = None
print("list dropped")
del last
print("collected", gc.collect())
