# A list or str subclass instance made by its base's __new__ keeps its
# attributes in a real dict from the first one (no inline values), so a
# cycle through it is two objects; a plain instance's is one until its
# __dict__ is asked for. Sizes: that dict is split, an unused one is not.
import gc, sys
gc.collect()
class L(list): pass
a = L(); a.me = a; del a
print(gc.collect())
class S(str): pass
s = S("x"); s.me = s; del s
print(gc.collect())
class A: pass
b = A(); b.me = b; del b
print(gc.collect())
c = A(); c.me = c; c.__dict__; del c
print(gc.collect())
l = L(); l.x = 1
print(sys.getsizeof(l.__dict__), sys.getsizeof(L().__dict__))
class B: pass
x = B(); x.__class__ = A
x.q = 1
print(sys.getsizeof(x.__dict__))
