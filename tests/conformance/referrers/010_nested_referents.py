import gc
inner = [1]
outer = [inner, [inner]]
level1 = gc.get_referents(outer)
print(len(level1), level1[1] is inner)
level2 = gc.get_referents(*level1)
print(len(level2), all(x is inner or x == 1 for x in level2))
print(gc.get_referents(inner))
