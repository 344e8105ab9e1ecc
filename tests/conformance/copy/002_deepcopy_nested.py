import copy
data = {"nums": [1, [2, 3]], "name": "x"}
d = copy.deepcopy(data)
print(d == data, d is data)
print(d["nums"] is data["nums"], d["nums"][1] is data["nums"][1])
print(d["name"] is data["name"])
data["nums"][1].append(4)
print(data)
print(d)
