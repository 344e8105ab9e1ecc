# copyreg.py — Refscope's stand-in for CPython 3.11's Lib/copyreg.py: the
# helpers object.__reduce_ex__ (core/reduce.c) returns, and the registry of
# reduction functions copy.py consults. Written for Refscope; the behaviour
# (calls made, attributes read and set) follows CPython's module.

dispatch_table = {}


def pickle(ob_type, pickle_function, constructor_ob=None):
    if not callable(pickle_function):
        raise TypeError("reduction functions must be callable")
    dispatch_table[ob_type] = pickle_function
    if constructor_ob is not None:
        constructor(constructor_ob)


def constructor(object):
    if not callable(object):
        raise TypeError("constructors must be callable")


def __newobj__(cls, *args):
    return cls.__new__(cls, *args)


def __newobj_ex__(cls, args, kwargs):
    return cls.__new__(cls, *args, **kwargs)


def _reconstructor(cls, base, state):
    if base is object:
        return object.__new__(cls)
    made = base.__new__(cls, state)
    if base.__init__ != object.__init__:
        base.__init__(made, state)
    return made


def _first_builtin_base(cls):
    for base in cls.__mro__:
        if not _is_heap_type(base):
            return base
    return object


def _is_heap_type(cls):
    return cls.__module__ != "builtins"


# Protocols 0 and 1 (object.__reduce__() and __reduce_ex__(0 or 1)).
def _reduce_ex(self, proto):
    assert proto < 2
    cls = self.__class__
    base = _first_builtin_base(cls)
    if base is object:
        state = None
    elif base is cls:
        raise TypeError(f"cannot pickle {cls.__name__!r} object")
    else:
        state = base(self)
    args = (cls, base, state)
    try:
        getstate = self.__getstate__
    except AttributeError:
        if getattr(self, "__slots__", None):
            raise TypeError(f"cannot pickle {cls.__name__!r} object: "
                            "a class that defines __slots__ without "
                            "defining __getstate__ cannot be pickled "
                            f"with protocol {proto}") from None
        try:
            attrs = self.__dict__
        except AttributeError:
            attrs = None
    else:
        if (type(self).__getstate__ is object.__getstate__ and
                getattr(self, "__slots__", None)):
            raise TypeError("a class that defines __slots__ without "
                            "defining __getstate__ cannot be pickled")
        attrs = getstate()
    if attrs:
        return _reconstructor, args, attrs
    return _reconstructor, args


def _private_slot_name(cls, name):
    if name.startswith("__") and not name.endswith("__"):
        owner = cls.__name__.lstrip("_")
        if owner:
            return "_" + owner + name
    return name


# The names of the __slots__ of cls and its bases, remembered on the class
# as __slotnames__ (as CPython does, so it shows in cls.__dict__).
def _slotnames(cls):
    known = cls.__dict__.get("__slotnames__")
    if known is not None:
        return known
    names = []
    if hasattr(cls, "__slots__"):
        for klass in cls.__mro__:
            if "__slots__" not in klass.__dict__:
                continue
            declared = klass.__dict__["__slots__"]
            if isinstance(declared, str):
                declared = (declared,)
            for name in declared:
                if name not in ("__dict__", "__weakref__"):
                    names.append(_private_slot_name(klass, name))
    try:
        cls.__slotnames__ = names
    except Exception:
        pass
    return names
