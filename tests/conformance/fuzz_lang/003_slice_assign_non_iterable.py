# Slice assignment needs an iterable: "can only assign an iterable" for a
# plain slice, "must assign iterable to extended slice" for a step, also
# when __iter__ returns a non-iterator; errors from iter() are replaced.
xs = [1, 2, 3]
for v in [5, None, 'ab', (7,), {8: 9}, range(2), iter([4])]:
    for sl in [slice(0, 1), slice(None, None, 2), slice(5, 9)]:
        ys = list(xs)
        try:
            ys[sl] = v
            print(ys)
        except Exception as e:
            print(type(e).__name__, e)
class BadIter:
    def __iter__(self): return 5
try:
    xs[0:1] = BadIter()
except TypeError as e: print(e)
try:
    xs[::2] = BadIter()
except TypeError as e: print(e)
