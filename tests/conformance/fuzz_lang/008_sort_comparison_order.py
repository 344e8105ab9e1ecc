# list.sort is CPython's timsort: the same __lt__ calls in the same order
# (runs, binary insertion, powersort merges, galloping), reverse and key.

log = []
class K:
    def __init__(self, v): self.v = v
    def __lt__(self, o):
        log.append((self.v, o.v))
        return self.v < o.v
    def __repr__(self): return 'K(%r)' % self.v
def check(data, **kw):
    del log[:]
    xs = [K(v) for v in data]
    xs.sort(**kw)
    print(len(log), hash(tuple(log)) & 0xffffffff, [k.v for k in xs][:8])
class R:
    def __init__(self, s): self.s = s
    def randint(self, a, b):
        self.s = (self.s * 1103515245 + 12345) % 2**31
        return a + self.s % (b - a + 1)
    def randrange(self, n): return self.randint(0, n - 1)
r = R(3)
for n in [0, 1, 2, 3, 5, 10, 31, 32, 33, 63, 64, 65, 100, 127, 128, 200, 500, 1000, 2000]:
    for kind in range(6):
        if kind == 0: data = [r.randint(0, n) for _ in range(n)]
        elif kind == 1: data = list(range(n))
        elif kind == 2: data = list(range(n, 0, -1))
        elif kind == 3: data = [r.randint(0, 3) for _ in range(n)]
        elif kind == 4: data = sorted(r.randint(0, 1000) for _ in range(n)); data[n//3:n//2] = reversed(data[n//3:n//2])
        else:
            data = list(range(n)); 
            for _ in range(n // 10): i, j = r.randrange(n), r.randrange(n); data[i], data[j] = data[j], data[i]
        check(data)
        check(data, reverse=True)
        check(data, key=lambda k: K(-k.v) if False else k)
