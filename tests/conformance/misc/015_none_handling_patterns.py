def find(items, pred):
    for x in items:
        if pred(x):
            return x
    return None
result = find([1, 3, 4], lambda x: x % 2 == 0)
print(result, result is None)
missing = find([1, 3], lambda x: x > 10)
print(missing, missing is None, missing == None)
value = missing or "fallback"
print(value)
print([x for x in [0, None, 2, None] if x is not None])
