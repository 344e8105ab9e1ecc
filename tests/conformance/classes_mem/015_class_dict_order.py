# A new class's __dict__: the namespace, then the descriptors PyType_Ready
# adds (slots in sorted order, __dict__, __weakref__), then __doc__ and
# __hash__ = None (for a class with __eq__ and no __hash__).
class Empty:
    pass
class WithInit:
    def __init__(self):
        self.v = 1
class Documented:
    """A docstring."""
    value = 1
class Equal:
    def __eq__(self, other):
        return True
class Slots:
    __slots__ = ("zeta", "alpha", "mid", "__weakref__")
class SlotsWithDict:
    __slots__ = ("b", "__dict__")
class Child(Empty):
    x = 1
class Error(Exception):
    pass
class ListChild(list):
    def __init_subclass__(cls):
        pass
for cls in (Empty, WithInit, Documented, Equal, Slots, SlotsWithDict, Child,
            Error, ListChild):
    print(cls.__name__, list(cls.__dict__))
print(Equal.__hash__)
