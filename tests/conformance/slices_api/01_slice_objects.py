for s in [slice(5), slice(1, 5), slice(1, 5, 2), slice(None, None, -1), slice("a", [1], None)]:
    print(repr(s), s.start, s.stop, s.step)
print(slice(1, 2) == slice(1, 2), slice(1, 2) == slice(1, 3), slice(1) == slice(None, 1))
print(slice(1, 2) < slice(1, 3), slice(2) > slice(1), slice(1, 2, 3) <= slice(1, 2, 3))
s = slice(1, 2)
print(s == s, s >= s, s < s)
for t, fn in [('hash(slice(1))', lambda: hash(slice(1))),
    ('slice()', lambda: slice()),
    ('slice(1, 2, 3, 4)', lambda: slice(1, 2, 3, 4)),
    ('slice(x=1)', lambda: slice(x=1)),
    ('slice(1) < 5', lambda: slice(1) < 5)]:
    try:
        fn()
    except TypeError as e:
        print(t, "->", e)
print(s.__reduce__())
