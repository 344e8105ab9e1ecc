tests = [('{}.update([(1, 2, 3)])', lambda: {}.update([(1, 2, 3)])),
    ('{}.update([1])', lambda: {}.update([1])),
    ('{}.update(5)', lambda: {}.update(5)),
    ('{}.update([[1]])', lambda: {}.update([[1]])),
    ('{}.update({}, {})', lambda: {}.update({}, {})),
    ('dict([(1, 2), (3,)])', lambda: dict([(1, 2), (3,)])),
    ('dict(1, 2)', lambda: dict(1, 2)),
    ("dict([('ab', 1)])", lambda: dict([('ab', 1)])),
    ("dict(['abc'])", lambda: dict(['abc'])),
    ('{}.update([(1, 2), 3])', lambda: {}.update([(1, 2), 3]))]
for t, fn in tests:
    try:
        print(t, "->", fn())
    except Exception as e:
        print(t, "!!", type(e).__name__, e)
class BadKeys:
    def keys(self):
        return 5
try:
    {}.update(BadKeys())
except TypeError as e:
    print(e)
