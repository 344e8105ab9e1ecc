from copy import *
lst = [1, [2]]
print(deepcopy(lst) == lst, copy(lst)[1] is lst[1])
