import gc
gc.collect()
class First:
    pass
class Second:
    pass
b = Second()
a = First()
a.peer = b
b.peer = a
d = {"self": None}
d["self"] = d
del a, b, d
gc.set_debug(gc.DEBUG_COLLECTABLE)
print("collected", gc.collect())
gc.set_debug(0)
