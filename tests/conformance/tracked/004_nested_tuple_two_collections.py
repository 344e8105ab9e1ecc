import gc
gc.collect()
n = 3
nested = ((n, n + 1), (n + 2,))
print(gc.is_tracked(nested), gc.is_tracked(nested[0]))
gc.collect()
print(gc.is_tracked(nested), gc.is_tracked(nested[0]))
gc.collect()
print(gc.is_tracked(nested), gc.is_tracked(nested[0]))
