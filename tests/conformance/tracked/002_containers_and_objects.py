import gc
class A:
    pass
def f():
    return 1
print(gc.is_tracked([]), gc.is_tracked([1, 2]))
print(gc.is_tracked(set()), gc.is_tracked(frozenset()))
print(gc.is_tracked(A()), gc.is_tracked(A), gc.is_tracked(f))
print(gc.is_tracked(lambda: 0), gc.is_tracked(iter([])))
print(gc.is_tracked(gc), gc.is_tracked(A().__init__))
