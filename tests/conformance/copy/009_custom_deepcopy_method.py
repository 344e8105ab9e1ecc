import copy
class Node:
    def __init__(self, v):
        self.v = v
        self.cache = [v]
    def __deepcopy__(self, memo):
        print("__deepcopy__, memo is dict:", type(memo) is dict)
        new = Node(copy.deepcopy(self.v, memo))
        new.cache = self.cache
        return new
n = Node([1, 2])
m = copy.deepcopy(n)
print(m.v == n.v, m.v is n.v, m.cache is n.cache)
pair = copy.deepcopy([n, n])
print(pair[0] is pair[1])
