import gc
gc.collect()
class Noisy:
    def __init__(self, name):
        self.name = name
    def __del__(self):
        print("destroy", self.name)
g = Noisy("global")
c = Noisy("cycle")
c.me = c
del c
gc.disable()
print("end")
