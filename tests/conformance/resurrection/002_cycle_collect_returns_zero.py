import gc
gc.collect()
saved = []
class Phoenix:
    def __init__(self, name):
        self.name = name
    def __del__(self):
        print("__del__", self.name)
        saved.append(self)
a = Phoenix("a")
b = Phoenix("b")
a.peer = b
b.peer = a
del a, b
print("first:", gc.collect())
saved.clear()
print("second:", gc.collect())
