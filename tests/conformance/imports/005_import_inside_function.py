def clone(obj):
    import copy
    return copy.deepcopy(obj)
original = {"a": [1, 2]}
c = clone(original)
c["a"].append(3)
print(original, c)
try:
    copy
except NameError as e:
    print("NameError:", e)
