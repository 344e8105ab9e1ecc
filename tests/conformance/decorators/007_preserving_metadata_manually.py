def keep_meta(fn):
    def wrapper(*args):
        return fn(*args)
    wrapper.__name__ = fn.__name__
    wrapper.__qualname__ = fn.__qualname__
    wrapper.__doc__ = fn.__doc__
    return wrapper
def plain(fn):
    def wrapper(*args):
        return fn(*args)
    return wrapper
@keep_meta
def documented():
    """I have docs."""
@plain
def forgotten():
    """Lost docs."""
print(documented.__name__, documented.__doc__)
print(forgotten.__name__, forgotten.__doc__, forgotten.__qualname__)
