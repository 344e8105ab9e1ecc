import sys
# sys.getsizeof of dicts built in different ways, for many sizes: literals
# (str and int keys), dict(), keyword arguments, comprehensions, fromkeys,
# update, copy, | and |=, growth one key at a time, and deletions.
def sz(d):
    return sys.getsizeof(d)

def show(label, values):
    print(label, " ".join(str(v) for v in values))

NS = [0, 1, 2, 3, 5, 6, 7, 8, 10, 11, 12, 16, 21, 22, 23, 32, 43, 44, 90]
strs = {n: ["k%d" % i for i in range(n)] for n in NS}
show("literal-str", [sz({"a": 1, "b": 2, "c": 3, "d": 4, "e": 5, "f": 6}),
                     sz({"a": 1}), sz({})])
show("literal-int", [sz({1: 1, 2: 2, 3: 3, 4: 4, 5: 5, 6: 6}),
                     sz({1: 1, 2: 2, 3: 3, 4: 4, 5: 5, 6: 6, 7: 7, 8: 8,
                         9: 9, 10: 10, 11: 11})])
show("literal-mixed", [sz({"a": 1, 2: 2, "c": 3, "d": 4, "e": 5, "f": 6}),
                       sz({"a": 1, "b": 2, "c": 3, "d": 4, "e": 5, 6: 6})])
x, y = "x", "y"
show("build-map", [sz({x: 1, y: 2, x + "1": 3, y + "1": 4, x + "2": 5,
                       y + "2": 6}),
                   sz({1 + len(x): 1, 2: 2, 3: 3, 4: 4, 5: 5, 6: 6, 7: x})])
show("comp-int", [sz({i: i for i in range(n)}) for n in NS])
show("comp-str", [sz({k: 0 for k in strs[n]}) for n in NS])
show("dict-pairs", [sz(dict((i, i) for i in range(n))) for n in NS])
show("dict-zip", [sz(dict(zip(strs[n], range(n)))) for n in NS])
show("dict-dict", [sz(dict({i: i for i in range(n)})) for n in NS])
show("dict-kw", [sz(dict(a=1)), sz(dict(a=1, b=2, c=3, d=4, e=5, f=6)),
                 sz(dict({1: 2}, a=1, b=2))])
show("fromkeys-range", [sz(dict.fromkeys(range(n))) for n in NS])
show("fromkeys-list", [sz(dict.fromkeys(strs[n])) for n in NS])
show("fromkeys-dict-int",
     [sz(dict.fromkeys(dict.fromkeys(range(n)))) for n in NS])
show("fromkeys-dict-str", [sz(dict.fromkeys(dict.fromkeys(strs[n])))
                           for n in NS])
show("fromkeys-set", [sz(dict.fromkeys(set(range(n)))) for n in NS])
show("fromkeys-frozenset", [sz(dict.fromkeys(frozenset(range(n))))
                            for n in NS])
show("copy-int", [sz({i: i for i in range(n)}.copy()) for n in NS])
show("copy-str", [sz(dict.fromkeys(strs[n]).copy()) for n in NS])
show("copy-fromkeys", [sz(dict.fromkeys(range(n)).copy()) for n in NS])

def grown(n, key):
    d = {}
    for i in range(n):
        d[key(i)] = i
    return d

show("grow-int", [sz(grown(n, int)) for n in NS])
show("grow-str", [sz(grown(n, str)) for n in NS])
show("grow-then-int", [sz(grown(n, str) | {None: 0}) for n in NS])

def update_sizes(n):
    a = dict.fromkeys(range(3))
    a.update(dict.fromkeys(range(3, 3 + n)))
    b = {}
    b.update({k: 1 for k in strs[n]})
    c = {"s": 0}
    c.update(zip(range(n), range(n)))
    d = {}
    d |= dict.fromkeys(range(n))
    return [sz(a), sz(b), sz(c), sz(d), sz(a | b)]

for n in [0, 1, 5, 6, 11, 12, 22, 43]:
    show("update %d" % n, update_sizes(n))

def deleted(n, k):
    d = {i: i for i in range(n)}
    for i in range(k):
        del d[i]
    return [sz(d), sz(d.copy()), sz(dict(d)), sz(dict.fromkeys(d))]

for n, k in [(10, 3), (10, 8), (30, 25), (30, 0), (100, 99)]:
    show("deleted %d %d" % (n, k), deleted(n, k))
e = {"a": 1}
e.clear()
f = dict.fromkeys(range(20))
f.clear()
show("cleared", [sz(e), sz(f)])
