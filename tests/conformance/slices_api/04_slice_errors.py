l = [1, 2, 3]
tt = (1, 2)
ss = "ab"
for t, fn in [('l[::0]', lambda: l[::0]),
    ("l['a':]", lambda: l['a':]),
    ('l[:1.5]', lambda: l[:1.5]),
    ('l[1.5]', lambda: l[1.5]),
    ("l['x']", lambda: l['x']),
    ("tt['x']", lambda: tt['x']),
    ('ss[1.0]', lambda: ss[1.0]),
    ('l[10]', lambda: l[10]),
    ('tt[-3]', lambda: tt[-3]),
    ('ss[2]', lambda: ss[2]),
    ('l[10**30]', lambda: l[10**30]),
    ("tt[:'a']", lambda: tt[:'a']),
    ('ss[::0]', lambda: ss[::0])]:
    try:
        print(t, fn())
    except Exception as e:
        print(t, "->", type(e).__name__, e)
class Idx:
    def __init__(self, v):
        self.v = v
    def __index__(self):
        return self.v
print(l[Idx(1):Idx(3)], l[Idx(-1)], "abc"[Idx(0)::Idx(2)], l[:None], l[None:None:None])
print(slice(Idx(1), Idx(2)).indices(5))
