# A sort that fails part-way leaves CPython's partly sorted permutation;
# NotImplemented from __lt__ on keys of one type is asked twice; tuple
# keys compare items with == first; keys are dropped in CPython's order.
# Partial progress when a comparison fails.
for data in [[3, 1, 2, (1, 'x'), (2, 'y')], [5, 4, 3, 'a', 2, 1], list(range(40, 0, -1)) + ['z'] + list(range(30)),
             [2, 1] * 40 + [None] + [3] * 10]:
    xs = list(data)
    try:
        xs.sort()
    except TypeError as e:
        print(e)
    print(xs[:12], len(xs))
    ys = list(data)
    try:
        ys.sort(reverse=True)
    except TypeError as e:
        print(e)
    print(ys[:12])
log = []
class N:
    def __init__(self, v): self.v = v
    def __lt__(self, o):
        log.append(('lt', self.v, o.v))
        return NotImplemented if self.v == 2 else self.v < o.v
    def __gt__(self, o):
        log.append(('gt', self.v, o.v))
        return self.v > o.v
    def __eq__(self, o):
        log.append(('eq', self.v, o.v))
        return self.v == o.v
xs = [N(3), N(2), N(1), N(2)]
xs.sort()
print([n.v for n in xs], log)
del log[:]
ts = [(N(1), 'b'), (N(1), 'a'), (N(0), 'c')]
ts.sort()
print([(t[0].v, t[1]) for t in ts], log)
del log[:]
ts = [(1, N(5)), (1, N(4)), (0, N(9)), ((2,), N(1))] 
try:
    ts.sort()
except TypeError as e:
    print(e)
print(log)
def bad_key(x):
    if x == 3: raise ValueError('key %d' % x)
    return -x
zs = [1, 2, 3, 4]
try:
    zs.sort(key=bad_key)
except ValueError as e:
    print(e, zs)
class D:
    def __init__(self, n): self.n = n
    def __del__(self): print('del', self.n)
ks = [3, 1, 2]
try:
    ks.sort(key=lambda v: D(v) if v != 2 else 1 / 0)
except ZeroDivisionError as e:
    print('zde', ks)
class Key:
    def __init__(self, v): self.v = v
    def __lt__(self, o): return self.v < o.v
    def __del__(self): print('keydel', self.v)
ws = [3, 1, 2]
ws.sort(key=Key, reverse=True)
print(ws)
L = [3, 2, 1]
def evil(v):
    return v
class M:
    def __init__(self, v): self.v = v
    def __lt__(self, o):
        L.append(0)
        return self.v < o.v
L = [M(2), M(1)]
try:
    L.sort()
except ValueError as e:
    print(e, [m.v for m in L])
print(sorted([3, 1, 2], key=lambda v: (v % 2, v)), sorted(['b', 'A', 'a'], key=str.lower))
print(sorted([1.5, 1, True, 0.5]), sorted([[2], [1, 2], [1]]))
