result = []
for x in range(5):
    if x % 2:
        result.append(x * 10)
print(result)
print([x * 10 for x in range(5) if x % 2])
d = {}
for w in ["a", "bb", "a", "ccc"]:
    d[w] = len(w)
print(d == {w: len(w) for w in ["a", "bb", "a", "ccc"]})
