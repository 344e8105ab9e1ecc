import gc
for g in [3, -1, 10]:
    try:
        gc.collect(g)
    except ValueError as e:
        print(g, type(e).__name__, e)
print(gc.collect(generation=0) >= 0)
try:
    gc.set_threshold(1, 2, 3, 4)
except TypeError as e:
    print(type(e).__name__, e)
