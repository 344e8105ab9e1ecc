data = [1, 2, 3, 0, 4]
pos = [0]
def nxt():
    pos[0] += 1
    return data[pos[0] - 1]
it = iter(nxt, 0)
print(type(it).__name__, list(it), list(it))
n = [0]
def stopper():
    n[0] += 1
    if n[0] > 3:
        raise StopIteration
    return n[0]
print(list(iter(stopper, None)))
for t, fn in [('iter(1, 2)', lambda: iter(1, 2)),
    ('iter(len)', lambda: iter(len)),
    ('iter()', lambda: iter()),
    ('iter(1, 2, 3)', lambda: iter(1, 2, 3))]:
    try:
        fn()
    except TypeError as e:
        print(t, "->", e)
