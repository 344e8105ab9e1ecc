def show(f):
    try:
        f()
    except (TypeError, AttributeError) as e:
        print(type(e).__name__ + ":", e)
class Box:
    __slots__ = ("item",)
b = Box()
show(lambda: getattr(b, 1))
show(lambda: getattr(b, "item"))
print(getattr(b, "item", "default"))
show(lambda: setattr(b, "other", 1))
show(lambda: setattr(int, "x", 1))
show(lambda: setattr(str, "upper", None))
show(lambda: delattr(b, "item"))
show(lambda: hasattr(b, 5))
show(lambda: getattr(list, "appendd"))
b.item = 3
print(b.item, hasattr(b, "item"))
