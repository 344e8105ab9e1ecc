r = range(1, 20, 3)
print(4 in r, 5 in r, 19 in r, 22 in r, -2 in r, True in r, 4.0 in r, 4.5 in r, "4" in r)
print(r.index(10), r.count(10), r.count(11), r.count(10.0), r.count("x"))
for v in [11, 10.5, "q"]:
    try:
        print(r.index(v))
    except ValueError as e:
        print(type(e).__name__, e)
print(r.index(7.0))
print(3 in range(10, 0, -1), 0 in range(10, 0, -1), 10 in range(10, 0, -1))
print(10**21 in range(0, 10**22, 10**20), 10**21 + 1 in range(0, 10**22, 10**20))
for t, fn in [('r.index()', lambda: r.index()),
    ('r.count()', lambda: r.count())]:
    try:
        fn()
    except TypeError as e:
        print(e)
