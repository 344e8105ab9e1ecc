import weakref
class Target:
    pass
order = []
t = Target()
r1 = weakref.ref(t, lambda r: order.append("first made"))
r2 = weakref.ref(t, lambda r: order.append("second made"))
r3 = weakref.ref(t, lambda r: order.append("third made"))
del t
print(order)
