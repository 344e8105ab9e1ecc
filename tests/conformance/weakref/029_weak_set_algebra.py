import weakref
class M:
    def __init__(self, n):
        self.n = n
a, b, c = M(1), M(2), M(3)
s = weakref.WeakSet([a, b])
t = weakref.WeakSet([b, c])
def ns(ws):
    return sorted(m.n for m in ws)
print(ns(s | t), ns(s & t), ns(s - t), ns(s ^ t))
print(s <= weakref.WeakSet([a, b, c]), s == weakref.WeakSet([b, a]))
s.update([c])
s.discard(a)
print(ns(s), len(s))
s.remove(b)
print(ns(s))
try:
    s.remove(a)
except KeyError:
    print("KeyError")
del c
print(len(s), len(t))
