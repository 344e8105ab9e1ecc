import gc
gc.collect()
keep = []
class R:
    def __init__(self, name):
        self.name = name
    def __del__(self):
        print("__del__", self.name)
        if self.name == "a":
            keep.append(self)
a = R("a")
b = R("b")
a.peer = b
b.peer = a
del a, b
print("first collect", gc.collect())
print([r.name for r in keep], keep[0].peer.name)
keep.clear()
print("second collect", gc.collect())
print("end")
