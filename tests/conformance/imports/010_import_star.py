from copy import *
lst = [1, [2]]
print(deepcopy(lst) == lst, copy(lst)[1] is lst[1])
nested = {"a": [1, 2]}
clone = deepcopy(nested)
clone["a"].append(3)
print(nested, clone)
