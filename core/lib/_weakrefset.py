# _weakrefset.py — Refscope's WeakSet and the iteration guard the weak
# containers share, written for Refscope with the observable behaviour of
# CPython 3.11's module of the same name (same objects, same order of
# removals). Built on _weakref.ref; core/lib/weakref.py re-exports WeakSet.
from _weakref import ref

__all__ = ['WeakSet']


class _IterationGuard:
    # While a guard is active (a `with` around an iteration), the weak
    # container only queues removals in _pending_removals; the last guard to
    # leave commits them. The guard holds the container weakly.

    def __init__(self, weakcontainer):
        self.weakcontainer = ref(weakcontainer)

    def __enter__(self):
        container = self.weakcontainer()
        if container is not None:
            container._iterating.add(self)
        return self

    def __exit__(self, e, t, b):
        container = self.weakcontainer()
        if container is not None:
            active = container._iterating
            active.remove(self)
            if not active:
                container._commit_removals()


class WeakSet:
    # The members are weak references (with a shared callback that drops a
    # dead one) kept in a real set, self.data.

    def __init__(self, data=None):
        self.data = set()

        def _remove(item, selfref=ref(self)):
            owner = selfref()
            if owner is None:
                return
            if owner._iterating:
                owner._pending_removals.append(item)
            else:
                owner.data.discard(item)

        self._remove = _remove
        self._pending_removals = []
        self._iterating = set()
        if data is not None:
            self.update(data)

    def _commit_removals(self):
        queue = self._pending_removals
        members = self.data
        while queue:
            members.discard(queue.pop())

    def __iter__(self):
        with _IterationGuard(self):
            for member in self.data:
                obj = member()
                if obj is not None:
                    # The generator keeps obj alive until it resumes.
                    yield obj

    def __len__(self):
        return len(self.data) - len(self._pending_removals)

    def __contains__(self, item):
        try:
            probe = ref(item)
        except TypeError:
            return False
        return probe in self.data

    def __reduce__(self):
        return self.__class__, (list(self),), self.__getstate__()

    def add(self, item):
        if self._pending_removals:
            self._commit_removals()
        self.data.add(ref(item, self._remove))

    def clear(self):
        if self._pending_removals:
            self._commit_removals()
        self.data.clear()

    def copy(self):
        return self.__class__(self)

    def pop(self):
        if self._pending_removals:
            self._commit_removals()
        while True:
            try:
                member = self.data.pop()
            except KeyError:
                raise KeyError('pop from empty WeakSet') from None
            obj = member()
            if obj is not None:
                return obj

    def remove(self, item):
        if self._pending_removals:
            self._commit_removals()
        self.data.remove(ref(item))

    def discard(self, item):
        if self._pending_removals:
            self._commit_removals()
        self.data.discard(ref(item))

    def update(self, other):
        if self._pending_removals:
            self._commit_removals()
        for obj in other:
            self.add(obj)

    def __ior__(self, other):
        self.update(other)
        return self

    def difference(self, other):
        result = self.copy()
        result.difference_update(other)
        return result

    __sub__ = difference

    def difference_update(self, other):
        self.__isub__(other)

    def __isub__(self, other):
        if self._pending_removals:
            self._commit_removals()
        if self is other:
            self.data.clear()
        else:
            self.data.difference_update(ref(obj) for obj in other)
        return self

    def intersection(self, other):
        return self.__class__(obj for obj in other if obj in self)

    __and__ = intersection

    def intersection_update(self, other):
        self.__iand__(other)

    def __iand__(self, other):
        if self._pending_removals:
            self._commit_removals()
        self.data.intersection_update(ref(obj) for obj in other)
        return self

    def issubset(self, other):
        return self.data.issubset(ref(obj) for obj in other)

    __le__ = issubset

    def __lt__(self, other):
        return self.data < set(map(ref, other))

    def issuperset(self, other):
        return self.data.issuperset(ref(obj) for obj in other)

    __ge__ = issuperset

    def __gt__(self, other):
        return self.data > set(map(ref, other))

    def __eq__(self, other):
        if not isinstance(other, self.__class__):
            return NotImplemented
        return self.data == set(map(ref, other))

    def symmetric_difference(self, other):
        result = self.copy()
        result.symmetric_difference_update(other)
        return result

    __xor__ = symmetric_difference

    def symmetric_difference_update(self, other):
        self.__ixor__(other)

    def __ixor__(self, other):
        if self._pending_removals:
            self._commit_removals()
        if self is other:
            self.data.clear()
        else:
            self.data.symmetric_difference_update(
                ref(obj, self._remove) for obj in other)
        return self

    def union(self, other):
        return self.__class__(obj for group in (self, other) for obj in group)

    __or__ = union

    def isdisjoint(self, other):
        return len(self.intersection(other)) == 0

    def __repr__(self):
        return repr(self.data)
