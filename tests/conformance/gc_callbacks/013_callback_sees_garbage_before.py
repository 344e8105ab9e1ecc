import gc
gc.collect()
class D:
    def __init__(self, name):
        self.name = name
    def __del__(self):
        print("  __del__", self.name)
def cb(phase, info):
    print(phase, info["generation"], info["collected"])
a = D("a")
a.me = a
del a
gc.callbacks.append(cb)
print("collect ->", gc.collect())
print("collect(1) ->", gc.collect(1))
gc.callbacks.remove(cb)
print("end")
