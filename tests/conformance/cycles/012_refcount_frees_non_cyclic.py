import gc
gc.collect()
class Node:
    def __del__(self):
        print("freed by refcount")
a = Node()
b = [a, [a]]
del a, b
print(gc.collect())
c = Node()
c.me = c
del c
print("cycle still alive until collect")
print(gc.collect())
