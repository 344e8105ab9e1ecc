import copy
import weakref
class Target:
    pass
t = Target()
r = weakref.ref(t)
data = [r, t]
d = copy.deepcopy(data)
print(d[0] is r, d[1] is t)
print(d[0]() is t)
s = copy.copy(data)
print(s[0] is r, s[1] is t)
