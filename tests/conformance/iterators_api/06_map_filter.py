print(list(map(len, ["a", "bb", ""])), list(map(pow, [2, 3], [5, 2, 9])), list(map(lambda *a: a, "ab", "cd", "ef")))
print(list(filter(None, [0, 1, "", "x", None, [], [0]])), list(filter(bool, [0, 2])))
print(list(filter(lambda x: x % 2, range(10))), list(filter(str.isdigit, "a1b22")))
for t, fn in [('map(len)', lambda: map(len)),
    ('map()', lambda: map()),
    ('map(len, 1)', lambda: map(len, 1)),
    ('map(len, [], x=1)', lambda: map(len, [], x=1)),
    ('filter(None)', lambda: filter(None)),
    ('filter(None, 1)', lambda: filter(None, 1)),
    ('filter(None, [], x=1)', lambda: filter(None, [], x=1)),
    ('filter(None, [], [])', lambda: filter(None, [], []))]:
    try:
        fn()
    except TypeError as e:
        print(t, "->", e)
m = map(int, ["1", "x", "3"])
print(next(m))
try:
    next(m)
except ValueError as e:
    print(e)
print(next(m), type(m).__name__, type(filter(None, [])).__name__)
calls = []
def f(x):
    calls.append(x)
    return x > 1
fl = filter(f, [1, 2, 3])
print(calls, next(fl), calls)
