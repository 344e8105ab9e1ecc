import gc
gc.collect()
n = 7
t = (n, n + 1)
print(gc.is_tracked(t))
gc.collect()
print(gc.is_tracked(t))
u = (n, [n])
gc.collect()
print(gc.is_tracked(u))
v = (n, "s", None)
gc.collect(0)
print(gc.is_tracked(v))
