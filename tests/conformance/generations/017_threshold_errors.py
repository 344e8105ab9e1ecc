import gc
old = gc.get_threshold()
gc.set_threshold(5)
print(gc.get_threshold())
gc.set_threshold(5, 6)
print(gc.get_threshold())
gc.set_threshold(1, 2, 3)
print(gc.get_threshold())
for args in [(), (1, 2, 3, 4), ("x",), (1.5,)]:
    try:
        gc.set_threshold(*args)
    except TypeError as e:
        print("TypeError", e)
gc.set_threshold(*old)
print(gc.get_threshold() == old)
for g in (-1, 3):
    try:
        gc.collect(g)
    except ValueError as e:
        print("ValueError", e)
try:
    gc.collect("2")
except TypeError as e:
    print("TypeError", e)
print(gc.collect(generation=0) >= 0)
