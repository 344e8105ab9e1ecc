# list.sort makes the comparisons CPython 3.11's timsort makes, in the same
# order (counted and fingerprinted here), and a comparison that raises
# leaves the list in the partial order the sort had reached.
calls = []
class K:
    def __init__(self, v): self.v = v
    def __lt__(self, o):
        calls.append((self.v, o.v))
        return self.v < o.v
    def __repr__(self): return 'K(%d)' % self.v
seed = [5]
def rnd(k):
    seed[0] = (seed[0] * 1103515245 + 12345) % 2147483648
    return seed[0] % k
for n in [0, 1, 2, 5, 31, 64, 65, 100, 300, 1000]:
    data = [rnd(50) for _ in range(n)]
    calls.clear()
    r = sorted(map(K, data))
    print(n, len(calls), hash(tuple(calls)) % 1000003, [k.v for k in r][:5])
    calls.clear()
    r = sorted(map(K, data), reverse=True)
    print(n, len(calls), hash(tuple(calls)) % 1000003)
    d2 = sorted(data) + sorted(data, reverse=True) + data
    calls.clear()
    sorted(map(K, d2))
    print('runs', len(calls), hash(tuple(calls)) % 1000003)
class Bad:
    def __init__(self, v): self.v = v
    def __lt__(self, o):
        if self.v == 13 or o.v == 13: raise ValueError("13")
        return self.v < o.v
    def __repr__(self): return str(self.v)
l = [Bad(x) for x in [5, 3, 9, 1, 13, 7, 2, 8, 4, 6, 0, 11] * 3]
try:
    l.sort()
except ValueError as e:
    print('error', e, l)
words = ['pear', 'Apple', 'fig', 'banana', 'kiwi', 'é', 'z', 'ab']
print(sorted(words), sorted(words, key=str.lower), sorted(words, key=len, reverse=True))
print(sorted([(1, 'b'), (1, 'a'), (0, 'z'), (2, 'c')]), sorted([3.5, 1, 2.25, -1]))
print(sorted([2**40, -5, 3, 2**31, 7]), sorted([True, False, 1, 0]))


# Keys are computed first, in order, and dropped after the sort in the
# order the sort left them (reverse=True sorts the reversed list).
class Key:
    def __init__(self, v):
        self.v = v

    def __lt__(self, o):
        return self.v < o.v

    def __del__(self):
        print("key", self.v, "dropped")


print(sorted([3, 1, 2, 1], key=Key, reverse=True))
print(sorted([3, 1, 2], key=Key))


# Same-type keys whose __lt__ gives up: CPython tries __lt__ itself, then
# the whole rich comparison (__lt__ again, then the reflected __gt__).
class Half:
    def __init__(self, v):
        self.v = v

    def __lt__(self, o):
        print("lt", self.v, o.v)
        return NotImplemented

    def __gt__(self, o):
        print("gt", self.v, o.v)
        return self.v > o.v


print([h.v for h in sorted([Half(2), Half(1), Half(3)])])
