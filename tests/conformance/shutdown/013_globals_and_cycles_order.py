import gc
gc.collect()
class D:
    def __init__(self, name):
        self.name = name
    def __del__(self):
        print("del", self.name)
first = D("first global")
c1 = D("cycle 1")
c2 = D("cycle 2")
c1.o = c2
c2.o = c1
del c1, c2
second = D("second global")
holder = [D("in list 0"), D("in list 1")]
print("end of program")
