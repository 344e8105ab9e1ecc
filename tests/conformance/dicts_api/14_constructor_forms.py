print(dict(), dict(a=1, b=2), dict([(1, 2), (3, 4)], c=5), dict({1: 2}, x=3))
print(dict(zip(range(3), "abc")), dict(a=1, **{"b": 2}))
src = {"k": [1]}
cp = dict(src)
print(cp == src, cp is src, cp["k"] is src["k"])
print(dict({"a": 1}, a=2), dict([("a", 1), ("a", 2)]))
class Sub(dict):
    def __init__(self, *args, **kw):
        print("init", args, kw)
        super().__init__(*args, **kw)
s = Sub([(1, 1)], z=0)
print(s, type(s).__name__, isinstance(s, dict))
import gc
print(gc.is_tracked(dict()), gc.is_tracked(Sub()))
for t, fn in [('dict(1)', lambda: dict(1)),
    ('dict([1, 2])', lambda: dict([1, 2])),
    ('dict(1, 2)', lambda: dict(1, 2)),
    ('hash({})', lambda: hash({}))]:
    try:
        fn()
    except TypeError as e:
        print(e)
