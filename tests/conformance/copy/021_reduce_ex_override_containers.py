import copy
# object.__reduce_ex__ calls the class's own __reduce__ when it overrides
# object.__reduce__ (sets do); copy and deepcopy of containers and of their
# subclasses go through it.
s = {3, 1, (2, 4)}
d = copy.deepcopy(s)
print(d == s, d is s, sorted(map(str, d)))
print(s.__reduce_ex__(4)[0] is set, s.__reduce_ex__(2)[1])
f = frozenset({1, 2, (3, [4])[:1]})
print(copy.copy(f) is f, copy.deepcopy(f) == f)


class Tagged(set):
    pass


t = Tagged([5, 6])
t.tag = ["t"]
t2 = copy.copy(t)
t3 = copy.deepcopy(t)
print(type(t2).__name__, sorted(t2), t2.tag is t.tag, t3.tag == t.tag,
      t3.tag is t.tag)
print(t.__reduce__()[0].__name__, t.__reduce__()[2])


class Frozen(frozenset):
    pass


fz = Frozen([1, 2])
print(type(copy.copy(fz)).__name__, copy.copy(fz) is fz,
      type(copy.deepcopy(fz)).__name__)


class WithState(set):
    def __getstate__(self):
        print("getstate")
        return {"extra": 1}


w = copy.copy(WithState([1]))
print(type(w).__name__, sorted(w), w.extra)


class Slotted(set):
    __slots__ = ("a",)


sl = Slotted([7])
sl.a = 8
sl2 = copy.copy(sl)
print(sorted(sl2), sl2.a, sl.__reduce__()[2])


class Own:
    def __init__(self, v):
        self.v = v

    def __reduce__(self):
        print("Own.__reduce__")
        return (Own, (self.v * 2,))


o = copy.copy(Own(3))
print(o.v, Own(1).__reduce_ex__(4))


class Sub(Own):
    pass


print(copy.deepcopy(Sub(5)).v)


class InstanceReduce:
    pass


ir = InstanceReduce()
ir.__reduce__ = lambda: "ignored"
print(type(ir.__reduce_ex__(4)).__name__)


class D(dict):
    pass


dd = D(a=[1])
dd.x = 1
dc = copy.copy(dd)
dp = copy.deepcopy(dd)
print(type(dc).__name__, dc, dc.x, dc["a"] is dd["a"], dp["a"] is dd["a"])


class L(list):
    pass


ll = L([1, [2]])
lc = copy.deepcopy(ll)
print(type(lc).__name__, lc, lc[1] is ll[1])
