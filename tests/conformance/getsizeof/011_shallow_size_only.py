import sys
small = [1, 2, 3]
big = ["x" * 1000, ["y"] * 1000, {i: i for i in range(100)}]
print(sys.getsizeof(small) == sys.getsizeof(big))
d1 = {"k": 1}
d2 = {"k": [0] * 1000}
print(sys.getsizeof(d1) == sys.getsizeof(d2))
class Node:
    pass
n = Node()
empty = sys.getsizeof(n)
n.payload = "z" * 10000
print(sys.getsizeof(n) == empty)
