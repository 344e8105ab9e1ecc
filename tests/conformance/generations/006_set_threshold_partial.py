import gc
gc.set_threshold(500)
print(gc.get_threshold())
gc.set_threshold(400, 7)
print(gc.get_threshold())
gc.set_threshold(300, 8, 9)
print(gc.get_threshold())
try:
    gc.set_threshold("700")
except TypeError as e:
    print(type(e).__name__)
print(gc.get_threshold())
gc.set_threshold(700, 10, 10)
