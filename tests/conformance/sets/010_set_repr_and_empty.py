print(set(), {1}, {(1, 2)})
print(type({}).__name__, type(set()).__name__)
s = {10, 20}
print(s, sorted(s, reverse=True))
print(set("aaa"), set([None]))
print(repr(frozenset({5})))
