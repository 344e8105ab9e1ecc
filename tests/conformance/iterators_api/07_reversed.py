print(list(reversed([1, 2, 3])), list(reversed((1, 2))), list(reversed("abc")), list(reversed(range(3))))
print(list(reversed({1: 0, 2: 0})), list(reversed({1: 2}.items())))
class R:
    def __reversed__(self):
        return iter("custom")
class Seq:
    def __len__(self):
        return 3
    def __getitem__(self, i):
        return i * 2
class NoRev:
    __reversed__ = None
    def __len__(self):
        return 1
    def __getitem__(self, i):
        return i
print(list(reversed(R())), list(reversed(Seq())))
rs = reversed(Seq())
print(type(rs).__name__, rs.__length_hint__(), next(rs), rs.__length_hint__())
for t, fn in [('reversed(5)', lambda: reversed(5)),
    ('reversed({1})', lambda: reversed({1})),
    ('reversed(NoRev())', lambda: reversed(NoRev())),
    ('reversed()', lambda: reversed()),
    ('reversed([], [])', lambda: reversed([], [])),
    ('reversed(iter([]))', lambda: reversed(iter([]))),
    ('reversed(x=[])', lambda: reversed(x=[]))]:
    try:
        fn()
    except TypeError as e:
        print(t, "->", e)
