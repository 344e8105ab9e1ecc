import copy
class Leaf:
    def __init__(self, v):
        self.v = v
shared = Leaf(1)
data = {"a": [shared, shared], "b": (shared,)}
memo = {}
clone = copy.deepcopy(data, memo)
print(clone["a"][0] is clone["a"][1], clone["b"][0] is clone["a"][0])
print(clone["a"][0] is shared, id(shared) in memo, memo[id(shared)] is clone["a"][0])
print(id(memo) in memo, len(memo[id(memo)]) > 0)
again = copy.deepcopy(shared, memo)
print(again is clone["a"][0])
