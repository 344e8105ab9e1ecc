def report(title, *items, sep=", ", **meta):
    line = title + ": " + sep.join(str(i) for i in items)
    if meta:
        line += " " + str(meta)
    return line
print(report("empty"))
print(report("nums", 1, 2, 3))
print(report("words", "a", "b", sep="|"))
print(report("all", 1, sep="/", author="me", year=2024))
args = ("t", 9, 8)
print(report(*args, **{"sep": "+", "k": "v"}))
