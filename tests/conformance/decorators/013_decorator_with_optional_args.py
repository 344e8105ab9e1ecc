def trace(fn=None, *, prefix=">>"):
    def decorator(func):
        def wrapper(*args):
            print(prefix, func.__name__, args)
            return func(*args)
        return wrapper
    if fn is not None:
        return decorator(fn)
    return decorator
@trace
def a(x):
    return x
@trace(prefix="##")
def b(x):
    return x * 2
print(a(1), b(2))
