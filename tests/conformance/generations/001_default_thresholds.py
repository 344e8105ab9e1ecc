import gc
print(gc.get_threshold())
t = gc.get_threshold()
print(type(t).__name__, len(t))
gc.set_threshold(t[0] * 2)
print(gc.get_threshold())
gc.set_threshold(*t)
print(gc.get_threshold() == t)
