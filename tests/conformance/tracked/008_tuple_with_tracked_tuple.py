import gc
gc.collect()
n = 1
inner = (n, [n])
outer = (inner, n)
gc.collect()
print(gc.is_tracked(inner), gc.is_tracked(outer))
inner[1].clear()
gc.collect()
print(gc.is_tracked(inner), gc.is_tracked(outer))
