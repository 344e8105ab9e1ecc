import gc
values = [0, 12345, 3.5, "text", None, True, b"bytes", range(3)]
print([gc.is_tracked(v) for v in values])
print(gc.is_tracked(10 ** 30), gc.is_tracked(()))
print(gc.is_tracked(object()), gc.is_tracked(slice(1, 2)))
