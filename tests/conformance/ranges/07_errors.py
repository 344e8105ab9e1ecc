tests = [('range()', lambda: range()),
    ('range(1, 2, 3, 4)', lambda: range(1, 2, 3, 4)),
    ('range(1.5)', lambda: range(1.5)),
    ('range(0, 1, 0)', lambda: range(0, 1, 0)),
    ("range('a')", lambda: range('a')),
    ("range(1, 'b')", lambda: range(1, 'b')),
    ('range(x=1)', lambda: range(x=1)),
    ('range(0, 5, 0.5)', lambda: range(0, 5, 0.5)),
    ('len(range(2**63))', lambda: len(range(2**63)))]
for t, fn in tests:
    try:
        fn()
        print(t, "ok")
    except Exception as e:
        print(t, "->", type(e).__name__, e)
r = range(3)
try:
    r.start = 5
except AttributeError as e:
    print(type(e).__name__)
try:
    r[0] = 1
except TypeError as e:
    print(e)
