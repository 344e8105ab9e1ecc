cases = [slice(None), slice(2, 8), slice(-3, None), slice(None, -2), slice(None, None, -1),
         slice(10, 0, -3), slice(-100, 100), slice(5, 100, 2), slice(100, -100, -1), slice(0, 0)]
for s in cases:
    print(s, [s.indices(n) for n in (0, 1, 5, 10)])
print(slice(10**20, -10**20, -10**19).indices(10**21))
print(slice(None, None, 10**30).indices(5))
for t, fn in [('slice(1).indices(-1)', lambda: slice(1).indices(-1)),
    ("slice(1).indices('a')", lambda: slice(1).indices('a')),
    ('slice(0, 1, 0).indices(5)', lambda: slice(0, 1, 0).indices(5)),
    ("slice('a').indices(5)", lambda: slice('a').indices(5)),
    ('slice(1).indices()', lambda: slice(1).indices())]:
    try:
        fn()
    except Exception as e:
        print(t, "->", type(e).__name__, e)
