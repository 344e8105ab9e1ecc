import weakref
class Target:
    def __init__(self, name):
        self.name = name
names = {}
def cb(ref):
    print("callback for", names[ref])
items = [Target("t0"), Target("t1"), Target("t2")]
refs = [weakref.ref(t, cb) for t in items]
for r, t in zip(refs, items):
    names[r] = t.name
del t
print("clear list")
items.clear()
print("end")
