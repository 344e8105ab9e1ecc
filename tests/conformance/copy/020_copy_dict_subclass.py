import copy
# copy.copy of a dict subclass: __reduce_ex__ fetches the items through a
# method looked up by a freshly made name.
class D(dict):
    pass
d = D(a=[1], b=2)
d.x = "x"
c = copy.copy(d)
print(type(c).__name__, c, c.x, c["a"] is d["a"])
print(d.__reduce_ex__(2)[2], list(d.__reduce_ex__(2)[4]))
