class D:
    def __init__(self, name):
        self.name = name
    def __del__(self):
        print("free", self.name)
class Holder:
    pass
h = Holder()
h.first = D("first")
h.second = D("second")
h.third = D("third")
del h.second
h.second = D("second again")
print("deleting holder")
del h
class Slots:
    __slots__ = ("a", "b")
s = Slots()
s.b = D("slot b")
s.a = D("slot a")
print("deleting slotted")
del s
print("end")
