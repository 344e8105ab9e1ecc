import gc
class A:
    def m(self):
        return 1
def gen():
    yield 1
def outer():
    x = 1
    def inner():
        return x
    return inner
a = A()
print(gc.is_tracked(a.m), gc.is_tracked(gen()))
f = outer()
print(gc.is_tracked(f.__closure__[0]), gc.is_tracked(f.__closure__))
print(gc.is_tracked(ValueError("x")), gc.is_tracked(ValueError()))
print(gc.is_tracked(iter({})), gc.is_tracked(enumerate([])))
print(gc.is_tracked(A.m), gc.is_tracked(print))
