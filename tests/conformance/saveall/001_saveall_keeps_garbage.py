import gc
gc.collect()
gc.set_debug(gc.DEBUG_SAVEALL)
class A:
    def __del__(self):
        print("__del__ A")
a = A()
a.me = a
l = [1]
l.append(l)
del a, l
print("collect:", gc.collect())
print(sorted(type(o).__name__ for o in gc.garbage))
gc.set_debug(0)
gc.garbage.clear()
print("after clearing:", gc.collect())
