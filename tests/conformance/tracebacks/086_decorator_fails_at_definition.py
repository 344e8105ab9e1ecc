def register(func):
    registry[func.__name__] = func
    return func
@register
def handler():
    return 1
