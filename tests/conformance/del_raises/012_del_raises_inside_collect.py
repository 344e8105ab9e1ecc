import gc
gc.collect()
class Bad:
    def __init__(self, name):
        self.name = name
    def __del__(self):
        print("__del__", self.name)
        raise RuntimeError("bad " + self.name)
a = Bad("a")
b = Bad("b")
a.o = b
b.o = a
del a, b
print("collected", gc.collect())
print("end")
