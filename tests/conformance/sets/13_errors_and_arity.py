s = {1, 2}
tests = [('s.remove(3)', lambda: s.remove(3)),
    ('s.remove((1, 2))', lambda: s.remove((1, 2))),
    ('set().pop()', lambda: set().pop()),
    ('s.add([1])', lambda: s.add([1])),
    ('{[1]}', lambda: {[1]}),
    ('set([1, [2]])', lambda: set([1, [2]])),
    ('frozenset([{}])', lambda: frozenset([{}])),
    ('s.add()', lambda: s.add()),
    ('s.add(1, 2)', lambda: s.add(1, 2)),
    ('s.pop(1)', lambda: s.pop(1)),
    ('s.copy(1)', lambda: s.copy(1)),
    ('s.update(x=1)', lambda: s.update(x=1)),
    ('s.union(x=1)', lambda: s.union(x=1)),
    ('s.issubset()', lambda: s.issubset()),
    ('set(1, 2)', lambda: set(1, 2)),
    ('set(x=1)', lambda: set(x=1)),
    ('frozenset(1, 2)', lambda: frozenset(1, 2)),
    ('set(5)', lambda: set(5)),
    ('frozenset().add(1)', lambda: frozenset().add(1)),
    ('hash(set())', lambda: hash(set())),
    ('s.__contains__()', lambda: s.__contains__()),
    ('frozenset().union(x=1)', lambda: frozenset().union(x=1))]
for t, fn in tests:
    try:
        fn()
        print(t, "ok")
    except Exception as e:
        print(t, "->", type(e).__name__, e)
