registry = []
def register(cls):
    registry.append(cls.__name__)
    cls.registered = True
    return cls
@register
class Plugin:
    pass
@register
class Other:
    pass
print(registry, Plugin.registered, Other().registered)
def add_repr(cls):
    def __repr__(self):
        return f"{cls.__name__}({vars(self)})"
    cls.__repr__ = __repr__
    return cls
@add_repr
class Point:
    def __init__(self, x, y):
        self.x, self.y = x, y
print(Point(1, 2))
