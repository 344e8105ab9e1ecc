import sys
# list(x) asks x for a length hint once: __len__ (a TypeError from it is
# ignored), else __length_hint__; the hint sizes the new list.
class LenFails:
    def __len__(self):
        raise TypeError("no len")
    def __iter__(self):
        return iter([1, 2])
print(list(LenFails()))
class Loud:
    def __init__(self, n):
        self.n = n
    def __len__(self):
        print("len called")
        return self.n
    def __iter__(self):
        return iter(range(3))
l = list(Loud(3))
print(l, sys.getsizeof(l))
l = list(Loud(10))
print(l, sys.getsizeof(l))
l.__init__(Loud(2))
print(l, sys.getsizeof(l))
class LenValueError(LenFails):
    def __len__(self):
        raise ValueError("bad len")
try:
    list(LenValueError())
except ValueError as e:
    print("ValueError", e)
