import gc
print(gc.disable(), gc.enable(), gc.isenabled())
gc.disable()
gc.disable()
gc.enable()
print(gc.isenabled())
print(type(gc.isenabled()).__name__)
try:
    gc.enable(1)
except TypeError as e:
    print(type(e).__name__, e)
