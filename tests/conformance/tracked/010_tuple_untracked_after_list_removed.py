import gc
gc.collect()
n = 2
box = [n]
t = (n, box)
gc.collect()
print(gc.is_tracked(t))
box = None
t = (t[0], n)
print(gc.is_tracked(t))
gc.collect()
print(gc.is_tracked(t))
