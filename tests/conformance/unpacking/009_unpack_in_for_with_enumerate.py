pairs = [(1, "one"), (2, "two"), (3, "three")]
for i, (num, word) in enumerate(pairs, start=1):
    print(i, num, word)
for idx, ch in enumerate("ab"):
    print(idx, ch)
for a, *b in [(1, 2, 3), (4,), "xyz"]:
    print(a, b)
