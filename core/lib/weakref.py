# weakref.py — Refscope's weakref module, written for Refscope with the
# observable behaviour of CPython 3.11's (the same helper objects, callbacks
# and removal order, so refcounts and gc.collect() results match): the
# _weakref types, WeakMethod, WeakValueDictionary, KeyedRef,
# WeakKeyDictionary, WeakSet (from _weakrefset) and finalize. See
# ../shared/cpython-semantics.md §4.6.
from _weakref import (getweakrefcount, getweakrefs, ref, proxy,
                      CallableProxyType, ProxyType, ReferenceType,
                      _remove_dead_weakref)
from _weakrefset import WeakSet, _IterationGuard
import sys

ProxyTypes = (ProxyType, CallableProxyType)

__all__ = ["ref", "proxy", "getweakrefcount", "getweakrefs",
           "WeakKeyDictionary", "ReferenceType", "ProxyType",
           "CallableProxyType", "ProxyTypes", "WeakValueDictionary",
           "WeakSet", "WeakMethod", "finalize"]


def _is_mapping(obj):
    # Stands in for isinstance(obj, collections.abc.Mapping).
    return isinstance(obj, (dict, WeakValueDictionary, WeakKeyDictionary))


class _MappingMixin:
    # What the weak dictionaries take from collections.abc.MutableMapping:
    # ==, clear(), and the | operators.

    def __eq__(self, other):
        if not _is_mapping(other):
            return NotImplemented
        return dict(self.items()) == dict(other.items())

    __hash__ = None
    __reversed__ = None

    def clear(self):
        try:
            while True:
                self.popitem()
        except KeyError:
            pass

    def __ior__(self, other):
        self.update(other)
        return self

    def __or__(self, other):
        if not _is_mapping(other):
            return NotImplemented
        result = self.copy()
        result.update(other)
        return result

    def __ror__(self, other):
        if not _is_mapping(other):
            return NotImplemented
        result = self.__class__()
        result.update(other)
        result.update(self)
        return result


class WeakMethod(ref):
    # A weak reference to a bound method: it holds the instance and the
    # function weakly and builds a new bound method when called.

    __slots__ = "_func_ref", "_meth_type", "_alive", "__weakref__"

    def __new__(cls, meth, callback=None):
        try:
            obj = meth.__self__
            func = meth.__func__
        except AttributeError:
            raise TypeError("argument should be a bound method, not {}"
                            .format(type(meth))) from None

        def _cb(arg):
            # Reaches the WeakMethod through a weak reference, so that the
            # callback does not keep it alive.
            self = self_wr()
            if self._alive:
                self._alive = False
                if callback is not None:
                    callback(self)

        self = ref.__new__(cls, obj, _cb)
        self._func_ref = ref(func, _cb)
        self._meth_type = type(meth)
        self._alive = True
        self_wr = ref(self)
        return self

    def __call__(self):
        obj = super().__call__()
        func = self._func_ref()
        if obj is None or func is None:
            return None
        return self._meth_type(func, obj)

    def __eq__(self, other):
        if not isinstance(other, WeakMethod):
            return NotImplemented
        if not (self._alive and other._alive):
            return self is other
        return ref.__eq__(self, other) and self._func_ref == other._func_ref

    def __ne__(self, other):
        if not isinstance(other, WeakMethod):
            return NotImplemented
        if not (self._alive and other._alive):
            return self is not other
        return ref.__ne__(self, other) or self._func_ref != other._func_ref

    __hash__ = ref.__hash__


class WeakValueDictionary(_MappingMixin):
    # Values are held through KeyedRef objects in self.data; the shared
    # callback self._remove deletes the entry of a value that dies (or
    # queues the key while the dictionary is being iterated).

    def __init__(self, other=(), /, **kw):
        def remove(wr, selfref=ref(self), _atomic_removal=_remove_dead_weakref):
            owner = selfref()
            if owner is None:
                return
            if owner._iterating:
                owner._pending_removals.append(wr.key)
            else:
                _atomic_removal(owner.data, wr.key)

        self._remove = remove
        self._pending_removals = []
        self._iterating = set()
        self.data = {}
        self.update(other, **kw)

    def _commit_removals(self, _atomic_removal=_remove_dead_weakref):
        queue = self._pending_removals
        entries = self.data
        while queue:
            _atomic_removal(entries, queue.pop())

    def __getitem__(self, key):
        if self._pending_removals:
            self._commit_removals()
        obj = self.data[key]()
        if obj is None:
            raise KeyError(key)
        return obj

    def __delitem__(self, key):
        if self._pending_removals:
            self._commit_removals()
        del self.data[key]

    def __len__(self):
        if self._pending_removals:
            self._commit_removals()
        return len(self.data)

    def __contains__(self, key):
        if self._pending_removals:
            self._commit_removals()
        try:
            obj = self.data[key]()
        except KeyError:
            return False
        return obj is not None

    def __repr__(self):
        return "<%s at %#x>" % (self.__class__.__name__, id(self))

    def __setitem__(self, key, value):
        if self._pending_removals:
            self._commit_removals()
        self.data[key] = KeyedRef(value, self._remove, key)

    def copy(self):
        if self._pending_removals:
            self._commit_removals()
        result = WeakValueDictionary()
        with _IterationGuard(self):
            for key, wr in self.data.items():
                obj = wr()
                if obj is not None:
                    result[key] = obj
        return result

    __copy__ = copy

    def __deepcopy__(self, memo):
        from copy import deepcopy
        if self._pending_removals:
            self._commit_removals()
        result = self.__class__()
        with _IterationGuard(self):
            for key, wr in self.data.items():
                obj = wr()
                if obj is not None:
                    result[deepcopy(key, memo)] = obj
        return result

    def get(self, key, default=None):
        if self._pending_removals:
            self._commit_removals()
        try:
            wr = self.data[key]
        except KeyError:
            return default
        obj = wr()
        return default if obj is None else obj

    def items(self):
        if self._pending_removals:
            self._commit_removals()
        with _IterationGuard(self):
            for key, wr in self.data.items():
                obj = wr()
                if obj is not None:
                    yield key, obj

    def keys(self):
        if self._pending_removals:
            self._commit_removals()
        with _IterationGuard(self):
            for key, wr in self.data.items():
                if wr() is not None:
                    yield key

    __iter__ = keys

    def itervaluerefs(self):
        if self._pending_removals:
            self._commit_removals()
        with _IterationGuard(self):
            yield from self.data.values()

    def values(self):
        if self._pending_removals:
            self._commit_removals()
        with _IterationGuard(self):
            for wr in self.data.values():
                obj = wr()
                if obj is not None:
                    yield obj

    def popitem(self):
        if self._pending_removals:
            self._commit_removals()
        while True:
            key, wr = self.data.popitem()
            obj = wr()
            if obj is not None:
                return key, obj

    def pop(self, key, *args):
        if self._pending_removals:
            self._commit_removals()
        try:
            obj = self.data.pop(key)()
        except KeyError:
            obj = None
        if obj is not None:
            return obj
        if args:
            return args[0]
        raise KeyError(key)

    def setdefault(self, key, default=None):
        try:
            obj = self.data[key]()
        except KeyError:
            obj = None
        if obj is not None:
            return obj
        if self._pending_removals:
            self._commit_removals()
        self.data[key] = KeyedRef(default, self._remove, key)
        return default

    def update(self, other=None, /, **kwargs):
        if self._pending_removals:
            self._commit_removals()
        entries = self.data
        if other is not None:
            if not hasattr(other, "items"):
                other = dict(other)
            for key, obj in other.items():
                entries[key] = KeyedRef(obj, self._remove, key)
        for key, obj in kwargs.items():
            entries[key] = KeyedRef(obj, self._remove, key)

    def valuerefs(self):
        if self._pending_removals:
            self._commit_removals()
        return list(self.data.values())

class KeyedRef(ref):
    # A weak reference that remembers the key of its WeakValueDictionary
    # entry, so one callback serves every entry.

    __slots__ = "key",

    def __new__(type, ob, callback, key):
        self = ref.__new__(type, ob, callback)
        self.key = key
        return self

    def __init__(self, ob, callback, key):
        super().__init__(ob, callback)


class WeakKeyDictionary(_MappingMixin):
    # Keys are held as weak references (with the callback self._remove) in
    # self.data; a key that dies takes its entry with it.

    def __init__(self, dict=None):
        self.data = {}

        def remove(k, selfref=ref(self)):
            owner = selfref()
            if owner is None:
                return
            if owner._iterating:
                owner._pending_removals.append(k)
            else:
                try:
                    del owner.data[k]
                except KeyError:
                    pass

        self._remove = remove
        self._pending_removals = []
        self._iterating = set()
        self._dirty_len = False
        if dict is not None:
            self.update(dict)

    def _commit_removals(self):
        # Dead weakrefs never equal live ones, so the queued keys can be
        # dropped at any time; some may be gone already.
        queue = self._pending_removals
        entries = self.data
        while queue:
            try:
                del entries[queue.pop()]
            except KeyError:
                pass

    def _scrub_removals(self):
        entries = self.data
        self._pending_removals = [k for k in self._pending_removals
                                  if k in entries]
        self._dirty_len = False

    def __delitem__(self, key):
        self._dirty_len = True
        del self.data[ref(key)]

    def __getitem__(self, key):
        return self.data[ref(key)]

    def __len__(self):
        if self._dirty_len and self._pending_removals:
            # Keys deleted explicitly may still be queued (bpo-21173).
            self._scrub_removals()
        return len(self.data) - len(self._pending_removals)

    def __repr__(self):
        return "<%s at %#x>" % (self.__class__.__name__, id(self))

    def __setitem__(self, key, value):
        self.data[ref(key, self._remove)] = value

    def copy(self):
        result = WeakKeyDictionary()
        with _IterationGuard(self):
            for wr, value in self.data.items():
                obj = wr()
                if obj is not None:
                    result[obj] = value
        return result

    __copy__ = copy

    def __deepcopy__(self, memo):
        from copy import deepcopy
        result = self.__class__()
        with _IterationGuard(self):
            for wr, value in self.data.items():
                obj = wr()
                if obj is not None:
                    result[obj] = deepcopy(value, memo)
        return result

    def get(self, key, default=None):
        return self.data.get(ref(key), default)

    def __contains__(self, key):
        try:
            probe = ref(key)
        except TypeError:
            return False
        return probe in self.data

    def items(self):
        with _IterationGuard(self):
            for wr, value in self.data.items():
                obj = wr()
                if obj is not None:
                    yield obj, value

    def keys(self):
        with _IterationGuard(self):
            for wr in self.data:
                obj = wr()
                if obj is not None:
                    yield obj

    __iter__ = keys

    def values(self):
        with _IterationGuard(self):
            for wr, value in self.data.items():
                if wr() is not None:
                    yield value

    def keyrefs(self):
        return list(self.data)

    def popitem(self):
        self._dirty_len = True
        while True:
            wr, value = self.data.popitem()
            obj = wr()
            if obj is not None:
                return obj, value

    def pop(self, key, *args):
        self._dirty_len = True
        return self.data.pop(ref(key), *args)

    def setdefault(self, key, default=None):
        return self.data.setdefault(ref(key, self._remove), default)

    def update(self, dict=None, /, **kwargs):
        entries = self.data
        if dict is not None:
            if not hasattr(dict, "items"):
                dict = type({})(dict)
            for key, value in dict.items():
                entries[ref(key, self._remove)] = value
        if len(kwargs):
            self.update(kwargs)

class _Counter:
    # Stands in for itertools.count(): the creation index of finalizers.
    __slots__ = ("value",)

    def __init__(self):
        self.value = 0

    def __next__(self):
        n = self.value
        self.value = n + 1
        return n


class finalize:
    # finalize(obj, func, *args, **kwargs): calls func(*args, **kwargs) once,
    # when obj dies, when the finalizer is called, or at exit (newest first)
    # if its atexit flag is still set. A finalize object has no state of its
    # own: it is the key of its _Info record in the class-level _registry,
    # and the callback of the weak reference to obj, so it is never part of a
    # reference cycle.

    __slots__ = ()
    _registry = {}
    _shutdown = False
    _index_iter = _Counter()
    _dirty = False
    _registered_with_atexit = False

    class _Info:
        __slots__ = ("weakref", "func", "args", "kwargs", "atexit", "index")

    def __init__(self, obj, func, /, *args, **kwargs):
        if not self._registered_with_atexit:
            import atexit
            atexit.register(self._exitfunc)
            finalize._registered_with_atexit = True
        info = self._Info()
        info.weakref = ref(obj, self)
        info.func = func
        info.args = args
        info.kwargs = kwargs or None
        info.atexit = True
        info.index = next(self._index_iter)
        self._registry[self] = info
        finalize._dirty = True

    def __call__(self, _=None):
        # The first call (or the referent's death) runs func; later ones,
        # and any call once exit processing has begun, return None.
        info = self._registry.pop(self, None)
        if not info or self._shutdown:
            return None
        return info.func(*info.args, **(info.kwargs or {}))

    def _target(self):
        # (record, referent) while both exist, else (record or None, None).
        info = self._registry.get(self)
        return info, (info.weakref() if info else None)

    def detach(self):
        info, obj = self._target()
        if obj is None or not self._registry.pop(self, None):
            return None
        return (obj, info.func, info.args, info.kwargs or {})

    def peek(self):
        info, obj = self._target()
        if obj is None:
            return None
        return (obj, info.func, info.args, info.kwargs or {})

    @property
    def alive(self):
        return self in self._registry

    @property
    def atexit(self):
        info = self._registry.get(self)
        return bool(info) and info.atexit

    @atexit.setter
    def atexit(self, value):
        info = self._registry.get(self)
        if info:
            info.atexit = bool(value)

    def __repr__(self):
        info, obj = self._target()
        where = '%s object at %#x' % (type(self).__name__, id(self))
        if obj is None:
            return '<%s; dead>' % where
        return '<%s; for %r at %#x>' % (where, type(obj).__name__, id(obj))

    @classmethod
    def _select_for_exit(cls):
        # The live finalizers marked for exit, oldest first.
        chosen = [(f, i) for (f, i) in cls._registry.items() if i.atexit]
        chosen.sort(key=lambda pair: pair[1].index)
        return [f for (f, i) in chosen]

    @classmethod
    def _run_exit_finalizers(cls):
        # Newest first; the list is rebuilt whenever a finalizer was created
        # (or changed) meanwhile.
        pending = None
        while True:
            if pending is None or finalize._dirty:
                pending = cls._select_for_exit()
                finalize._dirty = False
            if not pending:
                return
            f = pending.pop()
            try:
                f()
            except Exception:
                sys.excepthook(*sys.exc_info())
            assert f not in cls._registry

    @classmethod
    def _exitfunc(cls):
        # Registered with atexit by the first finalizer: runs the remaining
        # exit finalizers with automatic collection off, then no finalizer
        # runs any more.
        import gc
        gc_was_on = False
        try:
            if cls._registry:
                gc_was_on = gc.isenabled()
                gc.disable()
                cls._run_exit_finalizers()
        finally:
            finalize._shutdown = True
            if gc_was_on:
                gc.enable()
