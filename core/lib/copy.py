# copy.py — Refscope's stand-in for CPython 3.11's Lib/copy.py (which is
# pure Python there too): copy.copy and copy.deepcopy with the same lookups
# in the same order (__copy__/__deepcopy__, copyreg's dispatch table,
# __reduce_ex__(4)), the memo dict, and the reconstruction that fills the
# copy's __dict__. Written for Refscope; core/README.md explains lib/.
from copyreg import dispatch_table
from _weakref import ref as _weakref_type


class Error(Exception):
    pass


error = Error


def _function():
    pass


class _Instance:
    def method(self):
        pass


_FunctionType = type(_function)
_CodeType = type(_function.__code__)
_MethodType = type(_Instance().method)
_BuiltinFunctionType = type(len)

_ATOMIC = (type(None), int, float, bool, complex, str, bytes, type, range,
           _BuiltinFunctionType, _FunctionType, _weakref_type, property,
           type(Ellipsis), type(NotImplemented))


def _copy_immutable(x):
    return x


_copy_dispatch = {t: _copy_immutable for t in _ATOMIC + (tuple, frozenset, slice)}
_copy_dispatch[list] = list.copy
_copy_dispatch[dict] = dict.copy
_copy_dispatch[set] = set.copy


def _reduce(x, cls, what):
    reductor = dispatch_table.get(cls)
    if reductor is not None:
        return reductor(x)
    reductor = getattr(x, "__reduce_ex__", None)
    if reductor is not None:
        return reductor(4)
    reductor = getattr(x, "__reduce__", None)
    if reductor:
        return reductor()
    raise Error("un(%s)copyable object of type %s" % (what, cls))


def copy(x):
    """Shallow copy operation on arbitrary Python objects."""
    cls = type(x)
    copier = _copy_dispatch.get(cls)
    if copier:
        return copier(x)
    if issubclass(cls, type):
        return _copy_immutable(x)
    copier = getattr(cls, "__copy__", None)
    if copier is not None:
        return copier(x)
    rv = _reduce(x, cls, "shallow")
    if isinstance(rv, str):
        return x
    return _reconstruct(x, None, *rv)


def deepcopy(x, memo=None, _nil=[]):
    """Deep copy operation on arbitrary Python objects."""
    if memo is None:
        memo = {}
    key = id(x)
    y = memo.get(key, _nil)
    if y is not _nil:
        return y
    cls = type(x)
    copier = _deepcopy_dispatch.get(cls)
    if copier is not None:
        y = copier(x, memo)
    elif issubclass(cls, type):
        y = _deepcopy_atomic(x, memo)
    else:
        copier = getattr(x, "__deepcopy__", None)
        if copier is not None:
            y = copier(memo)
        else:
            rv = _reduce(x, cls, "deep")
            y = x if isinstance(rv, str) else _reconstruct(x, memo, *rv)
    # An object that is its own copy is not remembered.
    if y is not x:
        memo[key] = y
        _keep_alive(x, memo)
    return y


def _deepcopy_atomic(x, memo):
    return x


def _deepcopy_list(x, memo, deepcopy=deepcopy):
    y = []
    memo[id(x)] = y
    for item in x:
        y.append(deepcopy(item, memo))
    return y


def _deepcopy_tuple(x, memo, deepcopy=deepcopy):
    items = [deepcopy(item, memo) for item in x]
    # A tuple inside a cycle may have been copied while copying its items.
    try:
        return memo[id(x)]
    except KeyError:
        pass
    for old, new in zip(x, items):
        if old is not new:
            return tuple(items)
    return x


def _deepcopy_dict(x, memo, deepcopy=deepcopy):
    y = {}
    memo[id(x)] = y
    for key, value in x.items():
        y[deepcopy(key, memo)] = deepcopy(value, memo)
    return y


def _deepcopy_method(x, memo):
    return type(x)(x.__func__, deepcopy(x.__self__, memo))


_deepcopy_dispatch = {t: _deepcopy_atomic for t in _ATOMIC + (_CodeType,)}
_deepcopy_dispatch[list] = _deepcopy_list
_deepcopy_dispatch[tuple] = _deepcopy_tuple
_deepcopy_dispatch[dict] = _deepcopy_dict
_deepcopy_dispatch[_MethodType] = _deepcopy_method


# The memo keeps every original alive while the copy is made, so no id()
# in it can be reused by a new object.
def _keep_alive(x, memo):
    try:
        memo[id(memo)].append(x)
    except KeyError:
        memo[id(memo)] = [x]


def _set_state(y, state):
    if hasattr(y, "__setstate__"):
        y.__setstate__(state)
        return
    if isinstance(state, tuple) and len(state) == 2:
        state, slotstate = state
    else:
        slotstate = None
    if state is not None:
        y.__dict__.update(state)
    if slotstate is not None:
        for key, value in slotstate.items():
            setattr(y, key, value)


def _reconstruct(x, memo, func, args, state=None, listiter=None,
                 dictiter=None, *, deepcopy=deepcopy):
    deep = memo is not None
    if deep and args:
        args = deepcopy(args, memo)
    y = func(*args)
    if deep:
        memo[id(x)] = y
    if state is not None:
        if deep:
            state = deepcopy(state, memo)
        _set_state(y, state)
    if listiter is not None:
        for item in listiter:
            y.append(deepcopy(item, memo) if deep else item)
    if dictiter is not None:
        for key, value in dictiter:
            if deep:
                key = deepcopy(key, memo)
                value = deepcopy(value, memo)
            y[key] = value
    return y


del _function, _Instance
