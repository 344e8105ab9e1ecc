import gc
gc.collect()
class Bad:
    def __init__(self, name):
        self.name = name
    def __del__(self):
        print("finalizing", self.name)
        raise RuntimeError("failed " + self.name)
a = Bad("a")
b = Bad("b")
a.peer = b
b.peer = a
del a, b
print("collected", gc.collect())
print("after collect")
