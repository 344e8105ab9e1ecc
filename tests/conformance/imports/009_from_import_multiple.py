from copy import copy, deepcopy
from sys import maxsize, getrecursionlimit
values = [[0]]
a, b = copy(values), deepcopy(values)
values[0][0] = 1
print(a, b)
print(maxsize > 0, getrecursionlimit() > 100)
