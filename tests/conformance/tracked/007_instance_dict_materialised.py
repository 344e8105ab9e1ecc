import gc
gc.collect()
class A:
    pass
a = A()
a.x = 1
a.y = "s"
print(gc.is_tracked(a), gc.is_tracked(a.__dict__))
b = A()
b.items = [1]
print(gc.is_tracked(b.__dict__))
c = A()
c.n = 1
dc = c.__dict__
c.more = []
print(gc.is_tracked(dc))
