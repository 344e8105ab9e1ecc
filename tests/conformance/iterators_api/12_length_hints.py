import sys
class It:
    def __init__(self, hint):
        self.hint = hint
        self.n = 0
    def __iter__(self):
        return self
    def __next__(self):
        self.n += 1
        if self.n > 3:
            raise StopIteration
        return self.n
    def __length_hint__(self):
        return self.hint
for hint in [0, 3, 5, 40, NotImplemented]:
    l = list(It(hint))
    print(hint, l, sys.getsizeof(l))
for hint in [-1, "x", 2**70]:
    try:
        list(It(hint))
    except Exception as e:
        print(type(e).__name__, e)
class LenFails:
    def __len__(self):
        raise TypeError("no len")
    def __iter__(self):
        return iter([1, 2])
print(list(LenFails()))
it = iter({1, 2, 3})
next(it)
print(it.__length_hint__(), iter({1: 2}).__length_hint__(), iter([1, 2]).__length_hint__())
print(sys.getsizeof(list(iter([1, 2, 3]))), sys.getsizeof(list(range(7))), sys.getsizeof(list(map(int, "123"))))
print(sys.getsizeof(list(zip([1, 2, 3], "abc"))), sys.getsizeof(list(x for x in range(3))))
