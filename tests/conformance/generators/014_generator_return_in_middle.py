def take_until(items, stop):
    for item in items:
        if item == stop:
            return
        yield item
print(list(take_until([1, 2, 3, 4], 3)))
print(list(take_until("hello", "l")))
print(list(take_until([], 1)))
def gen_with_return_value():
    yield 1
    return 99
print(list(gen_with_return_value()))
