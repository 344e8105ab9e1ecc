import copy
groups = {"a": [1], "b": [2]}
shallow = dict(groups)
deep = copy.deepcopy(groups)
groups["a"].append(10)
groups["c"] = [3]
print(shallow)
print(deep)
print(len(groups), len(shallow), len(deep))
shallow["b"] += [20]
print(groups["b"], deep["b"])
