import gc
gc.collect()
class Noisy:
    def __init__(self, name):
        self.name = name
    def __del__(self):
        print("destroy", self.name)
a = Noisy("global a")
b = Noisy("cycle 1")
c = Noisy("cycle 2")
b.other = c
c.other = b
del b, c
z = Noisy("global z")
print("end of program")
