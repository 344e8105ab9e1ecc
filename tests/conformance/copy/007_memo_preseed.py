import copy
shared = [0]
data = {"a": shared, "b": [shared, 1]}
memo = {id(shared): shared}
d = copy.deepcopy(data, memo)
print(d["a"] is shared, d["b"][0] is shared)
print(d["b"] is data["b"])
memo2 = {}
d2 = copy.deepcopy(data, memo2)
print(d2["a"] is shared, d2["a"] is d2["b"][0])
print(memo2[id(data)] is d2, memo2[id(shared)] is d2["a"])
