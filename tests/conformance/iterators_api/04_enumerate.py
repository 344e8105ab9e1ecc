print(list(enumerate("abc")), list(enumerate("abc", 10)), list(enumerate("ab", start=-1)))
print(list(enumerate(iterable="xy", start=5)), list(enumerate(start=2, iterable="q")))
big = 2**63 - 2
print(list(enumerate("abcd", big)))
print(list(enumerate("ab", 10**30)))
class I:
    def __index__(self):
        return 7
print(list(enumerate([0], I())))
for t, fn in [('enumerate()', lambda: enumerate()),
    ('enumerate(1)', lambda: enumerate(1)),
    ("enumerate([], 'a')", lambda: enumerate([], 'a')),
    ('enumerate([], 1, 2)', lambda: enumerate([], 1, 2)),
    ('enumerate([], x=1)', lambda: enumerate([], x=1)),
    ('enumerate([], start=1, x=2)', lambda: enumerate([], start=1, x=2)),
    ('enumerate(1.5, 0)', lambda: enumerate(1.5, 0))]:
    try:
        fn()
    except TypeError as e:
        print(t, "->", e)
e = enumerate([10, 20, 30])
first = next(e)
second = next(e)
print(first, second, first is second)
del first, second
print(next(e), type(e).__name__)
