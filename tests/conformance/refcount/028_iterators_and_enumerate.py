import sys
class Node:
    pass
nodes = [Node(), Node()]
print(sys.getrefcount(nodes))
it = iter(nodes)
print(sys.getrefcount(nodes))
first = next(it)
print(sys.getrefcount(first))
e = enumerate(nodes)
print(sys.getrefcount(nodes))
pair = next(e)
print(sys.getrefcount(nodes[0]), pair[0])
z = zip(nodes, nodes)
print(sys.getrefcount(nodes))
del it, e, z, pair, first
print(sys.getrefcount(nodes), sys.getrefcount(nodes[0]))
