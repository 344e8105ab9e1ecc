def announce(fn):
    def wrapper(*args, **kwargs):
        print("calling", fn.__name__, args, kwargs)
        result = fn(*args, **kwargs)
        print("returned", result)
        return result
    return wrapper
@announce
def add(a, b=0):
    return a + b
add(2, 3)
add(1, b=5)
print(add.__name__)
