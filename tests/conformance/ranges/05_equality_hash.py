print(range(0) == range(2, 2), range(0, 3, 2) == range(0, 4, 2), range(1) == range(1, 2, 5))
print(range(3) == range(3), range(3) != range(4), range(3) == [0, 1, 2])
print(hash(range(0)) == hash(range(5, 5)), hash(range(0, 3, 2)) == hash(range(0, 4, 2)))
print(hash(range(1, 2, 100)) == hash(range(1, 3, 7)), hash(range(0, 10, 2)) == hash((5, 0, 2)))
print(hash(range(0)) == hash((0, None, None)), hash(range(4, 5)) == hash((1, 4, None)))
print({range(0, 4, 2): "a"}[range(0, 3, 2)])
for t, fn in [('range(1) < range(2)', lambda: range(1) < range(2)),
    ('range(1) >= range(2)', lambda: range(1) >= range(2))]:
    try:
        fn()
    except TypeError as e:
        print(e)
