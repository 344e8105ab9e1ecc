import gc
def quiet(work):
    was = gc.isenabled()
    gc.disable()
    try:
        return work()
    finally:
        if was:
            gc.enable()
print(quiet(lambda: gc.isenabled()))
print(gc.isenabled())
gc.disable()
print(quiet(lambda: gc.isenabled()), gc.isenabled())
gc.enable()
print(gc.isenabled())
