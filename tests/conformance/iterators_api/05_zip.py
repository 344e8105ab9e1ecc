print(list(zip()), list(zip([1, 2, 3])), list(zip("ab", range(5), [True, False])))
print(list(zip([1, 2], [3, 4], strict=True)), list(zip(strict=True)))
for args in [([1, 2, 3], [1]), ([1], [1, 2]), ([1, 2], [1, 2], [1]), ([1, 2], [1, 2, 3], [1, 2]),
             ([1], [1], [1, 2]), ([], [1])]:
    try:
        print(list(zip(*args, strict=True)))
    except ValueError as e:
        print(type(e).__name__, e)
for t, fn in [('zip(1)', lambda: zip(1)),
    ('zip([], 5)', lambda: zip([], 5)),
    ('zip(x=1)', lambda: zip(x=1)),
    ('zip([], strict=1, x=2)', lambda: zip([], strict=1, x=2))]:
    try:
        fn()
    except TypeError as e:
        print(t, "->", e)
z = zip([1, 2], [3, 4])
a = next(z)
print(a, next(z), type(z).__name__)
def gen():
    yield 1
    raise ValueError("inner")
try:
    list(zip(gen(), [1, 2], strict=True))
except ValueError as e:
    print(e)
