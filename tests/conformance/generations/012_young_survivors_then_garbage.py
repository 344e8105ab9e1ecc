import gc
gc.collect()
class Node:
    def __init__(self, name):
        self.name = name
    def __del__(self):
        print("del", self.name)
old = Node("old")
old.me = old
gc.collect(0)
young = Node("young")
young.me = young
del old, young
print("collect(0):", gc.collect(0))
print("collect(1):", gc.collect(1))
