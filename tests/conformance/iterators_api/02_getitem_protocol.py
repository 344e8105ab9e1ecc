class Seq:
    def __init__(self, n):
        self.n = n
    def __getitem__(self, i):
        if i >= self.n:
            raise IndexError(i)
        return i * 10
class StopSeq:
    def __getitem__(self, i):
        if i == 2:
            raise StopIteration
        return i
class Sized(Seq):
    def __len__(self):
        return self.n
s = Seq(3)
it = iter(s)
print(type(it).__name__, list(it), list(it))
print(list(StopSeq()), 20 in s, 25 in s, 0 in StopSeq())
a, b, c = s
print(a, b, c, list(reversed(Sized(3))), sum(s))
it2 = iter(Sized(4))
next(it2)
print(it2.__length_hint__(), iter(Seq(2)).__length_hint__())
try:
    list(reversed(Seq(3)))
except TypeError as e:
    print(e)
class Boom:
    def __getitem__(self, i):
        raise KeyError(i)
try:
    list(Boom())
except KeyError as e:
    print("KeyError", e)
