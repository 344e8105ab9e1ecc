# dict.copy() of a subclass that overrides __iter__ merges through keys().
import sys
class D(dict):
    def __iter__(self):
        print("iter")
        return super().__iter__()
    def keys(self):
        print("keys")
        return super().keys()
d = D(a=1, b=2)
c = d.copy()
print(type(c).__name__, c, sys.getsizeof(c))
e = {}
e.update(d)
print(e)
print(dict(d))
