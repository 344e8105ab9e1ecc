# Aliasing, copy and deepcopy: b is the same list, c a new outer list
# that shares the inner lists, d new lists all the way down.
import copy

a = [[1, 2], [3, 4]]
b = a
c = copy.copy(a)
d = copy.deepcopy(a)
a[0].append(99)
print(b[0], c[0], d[0])
print(a is b, a is c, a[0] is c[0], a[0] is d[0])
