s = {1, 2, 3}
s.__init__([7, 8])
print(s)
class S(set):
    def __init__(self, *a):
        print("init", a)
        super().__init__(*a)
x = S([1, 2])
print(x, type(x).__name__, x | {5}, S.__name__)
print(set.union({1}, [2]), frozenset.union(frozenset({1}), [3]))
d = {i: i * i for i in range(8)}
for k in list(d)[::2]:
    del d[k]
print(d, list(reversed(d)), list(reversed(d.items())), list(d.values()))
r = range(10)
print(r[2:8:3], 3.0 in r, r.count(3.0), list(r[::-3]))
print(list(zip(*[(1, 'a'), (2, 'b')])))
print(sorted({3: 1, 1: 2}.items()), min({5: 0, 2: 0}), max(range(3, 9, 2)))
it = iter({1: 2})
print(type(it).__name__, next(it), next(it, "end"))
print({}.fromkeys(range(3)), dict(enumerate("ab")), dict(zip("ab", range(2))))
print(list(map(lambda a, b: a + b, [1, 2, 3], (10, 20))), list(filter(lambda c: c > "b", "abcd")))
print({1, 2} == frozenset({1, 2}), {frozenset({1}): 1}[frozenset([1])])
print(set("aaa"), frozenset("bb"), sorted(set("hello")))
s = set(range(10))
s -= {1, 2}
s &= set(range(5, 20))
print(s, s.pop(), len(s))
print(list(enumerate(range(3), start=True)))
print(range(0, 10, 3)[-1], range(-10, -1, 4)[1:], range(5)[::-1][1])
print([x for x in reversed(range(0))], list(reversed(range(1, 2))))
g = (i for i in range(3))
print(list(zip(g, g)))
l = [1, 2, 3]
a, *b = l
print(a, b)
print(dict([("a", 1)], b=2) | {"c": 3})
print({1: 1}.keys() & {1: 2}.keys(), {1: 1}.items() & {1: 2}.items())
print(repr(dict().keys()), repr({}.items()), repr({}.values()))
