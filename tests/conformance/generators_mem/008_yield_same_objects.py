items = [[1], [2]]
def walk(seq):
    for x in seq:
        yield x
got = list(walk(items))
print(got[0] is items[0], got == items, got is items)
got[0].append("changed")
print(items)
def pairs():
    shared = []
    yield shared
    yield shared
a, b = pairs()
print(a is b)
