values = [0, 1, "", "a", [], [0], {}, {"k": 1}, None, 0.0, set(), ()]
for v in values:
    if v:
        print(repr(v), "is truthy")
    else:
        print(repr(v), "is falsy")
