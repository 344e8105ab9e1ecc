def memoize(fn):
    cache = {}
    def wrapper(*args):
        if args in cache:
            return cache[args]
        result = fn(*args)
        cache[args] = result
        return result
    wrapper.cache = cache
    return wrapper
@memoize
def slow_add(a, b):
    print("computing", a, b)
    return a + b
print(slow_add(1, 2))
print(slow_add(1, 2))
print(slow_add(2, 1))
print(slow_add.cache)
