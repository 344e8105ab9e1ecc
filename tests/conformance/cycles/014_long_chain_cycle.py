import gc
gc.collect()
class Node:
    pass
first = Node()
cur = first
for i in range(99):
    cur.next = Node()
    cur = cur.next
cur.next = first
del first, cur
print(gc.collect())
