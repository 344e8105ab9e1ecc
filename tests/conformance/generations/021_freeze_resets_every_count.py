import gc
gc.collect()
class Obj:
    pass
a = Obj(); a.me = a; del a
gc.collect(0)
gc.collect(0)
gc.collect(1)
print("before freeze, older counts:", gc.get_count()[1:])
gc.freeze()
print("after freeze:", gc.get_count())
gc.unfreeze()
print("after unfreeze:", gc.get_count())
gc.collect()
