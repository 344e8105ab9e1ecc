# __slots__: names are mangled and sorted (members are released in that
# order), a repeated name is allowed, and the checks CPython makes.
class D:
    def __init__(self, n):
        self.n = n
    def __del__(self):
        print("del", self.n)
class S:
    __slots__ = ("zeta", "alpha", "__private", "mid")
    def fill(self):
        self.zeta = D("zeta")
        self.mid = D("mid")
        self.__private = D("private")
        self.alpha = D("alpha")
print([k for k in S.__dict__ if not k.startswith("__")])
s = S()
s.fill()
del s
print("---")
class Twice:
    __slots__ = ("a", "a")
t = Twice()
t.a = 1
print(t.a, list(Twice.__dict__))
for slots in (("a b",), (1,), ("__dict__", "__dict__"), ("x",)):
    try:
        class Bad:
            __slots__ = slots
            x = 0
        print("ok", slots)
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
try:
    class BadTuple(tuple):
        __slots__ = ("__weakref__",)
except TypeError as e:
    print(e)
class Mixin:
    pass
class NoSlots:
    __slots__ = ()
class Both(NoSlots, Mixin):
    __slots__ = ()
print(list(Both.__dict__), hasattr(Both(), "__dict__"))
import weakref
try:
    weakref.ref(type("T", (tuple,), {})())
except TypeError as e:
    print(e)
