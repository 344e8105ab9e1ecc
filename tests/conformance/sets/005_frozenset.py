fs = frozenset([1, 2, 3])
print(fs, len(fs), 2 in fs)
try:
    fs.add(4)
except AttributeError as e:
    print("AttributeError:", e)
d = {fs: "key works"}
print(d[frozenset({3, 2, 1})])
print(fs | {4}, type(fs | {4}).__name__)
print({4} | fs, type({4} | fs).__name__)
print(frozenset() == set(), frozenset())
