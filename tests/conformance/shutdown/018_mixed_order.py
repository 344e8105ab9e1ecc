# At exit: atexit functions (last registered first), weakref.finalize,
# then __main__'s globals in CPython's order, containers releasing their
# items in their own orders, and the class attribute last.
import sys, weakref, atexit, gc
gc.collect()
class D:
    def __init__(self, n): self.n = n
    def __del__(self): print("del", self.n, file=sys.stdout)
a = D("a")
b = D("b")
lst = [D("l0"), D("l1")]
dct = {"k1": D("d1"), "k2": D("d2")}
class Holder:
    attr = D("class attr")
c1 = D("cyc1"); c2 = D("cyc2"); c1.o = c2; c2.o = c1
wr = weakref.ref(a, lambda r: print("weakref callback a"))
fin = weakref.finalize(b, print, "finalize b")
atexit.register(print, "atexit 1")
atexit.register(print, "atexit 2")
t = (D("t0"), D("t1"))
_private = D("_private")
z = D("z")
print("end")
