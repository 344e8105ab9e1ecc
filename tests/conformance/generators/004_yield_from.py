def inner():
    yield 1
    yield 2
    return "inner done"
def outer():
    yield 0
    result = yield from inner()
    print("inner returned:", result)
    yield from [3, 4]
    yield from "ab"
print(list(outer()))
def flatten(items):
    for item in items:
        if isinstance(item, list):
            yield from flatten(item)
        else:
            yield item
print(list(flatten([1, [2, [3, [4]], 5], [[6]]])))
