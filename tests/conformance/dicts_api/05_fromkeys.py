print(dict.fromkeys([1, 2, 3]), dict.fromkeys("ab", 0), {}.fromkeys(range(3), []))
print(dict.fromkeys({3: 0, 1: 0}), dict.fromkeys({17, 1, 9}), dict.fromkeys(frozenset({2, 10})))
shared = dict.fromkeys([1, 2], [])
shared[1].append("x")
print(shared)
class Sub(dict):
    pass
s = Sub.fromkeys([5])
print(type(s).__name__, s)
class Logging(dict):
    def __setitem__(self, k, v):
        print("set", k, v)
        dict.__setitem__(self, k, v)
print(Logging.fromkeys([1, 2], "v"))
for t, fn in [('dict.fromkeys()', lambda: dict.fromkeys()),
    ('dict.fromkeys(1)', lambda: dict.fromkeys(1)),
    ('dict.fromkeys(1, 2, 3)', lambda: dict.fromkeys(1, 2, 3)),
    ('dict.fromkeys([[1]])', lambda: dict.fromkeys([[1]]))]:
    try:
        fn()
    except TypeError as e:
        print(e)
