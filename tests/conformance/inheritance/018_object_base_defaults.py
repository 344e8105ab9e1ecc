class Plain:
    pass
p = Plain()
print(Plain.__bases__, Plain.__mro__)
print(p == p, p != p, bool(p))
print(str(p) == repr(p))
print(hash(p) == hash(p))
print(issubclass(Plain, object), isinstance(p, object))
print(type(object()).__name__)
