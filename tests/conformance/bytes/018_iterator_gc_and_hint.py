import gc
# bytes iterators are full GC iterators (a collection walks them) with a
# length hint; they drop the bytes when exhausted.
data = b"Hi!\xff"
it = iter(data)
print(type(it).__name__, it.__length_hint__(), next(it), it.__length_hint__())
print(gc.is_tracked(it), gc.collect() >= 0, list(it), it.__length_hint__())
keep = [iter(b"abc"), iter(bytes(3))]
gc.collect()
print([list(k) for k in keep])
