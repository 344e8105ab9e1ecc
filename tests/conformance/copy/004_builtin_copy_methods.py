import copy
l = [[1]]
d = {"k": [1]}
s = {1, 2}
copies = [l.copy(), list(l), l[:], copy.copy(l)]
print([c is l for c in copies])
print([c[0] is l[0] for c in copies])
dc = [d.copy(), dict(d), copy.copy(d)]
print([c is d for c in dc], [c["k"] is d["k"] for c in dc])
sc = [s.copy(), set(s), copy.copy(s)]
print([c is s for c in sc], [c == s for c in sc])
fs = frozenset([1, 2])
print(copy.copy(fs) is fs, fs.copy() is fs)
