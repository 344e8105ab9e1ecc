import gc
gc.collect()
class D:
    def __init__(self, name):
        self.name = name
    def __del__(self):
        print("free", self.name)
class Slotted:
    __slots__ = ("first", "second", "third")
s = Slotted()
s.third = D("third slot")
s.first = D("first slot")
s.second = D("second slot")
print("drop slotted instance")
del s
class Holder:
    alpha = D("class attr alpha")
    beta = D("class attr beta")
print("drop class")
del Holder
print("collected", gc.collect())
print("end")
