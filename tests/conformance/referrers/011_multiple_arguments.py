import gc
x = [1]
y = [2]
both = gc.get_referents([x], (y,))
print(both, both[0] is x, both[1] is y)
print(gc.get_referents())
print(gc.get_referents(1, [3], "a"))
