fs = {frozenset({1, 2}), frozenset()}
print({1, 2} in fs, set() in fs, {3} in fs)
fs.discard({1, 2})
print(fs)
try:
    fs.remove({7})
except KeyError as e:
    print("KeyError", e)
fs.remove(set())
print(fs)
print({1} in {frozenset({1})}, frozenset({1}) in [{1}])
try:
    print([1] in {1})
except TypeError as e:
    print(e)
