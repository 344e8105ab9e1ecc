class Noisy:
    def __init__(self, name):
        self.name = name
    def __del__(self):
        print("destroy", self.name)
class Holder:
    pass
h = Holder()
h.second = Noisy("set first")
h.first = Noisy("set second")
h.third = Noisy("set third")
h.second = Noisy("replaced")
print("del holder")
del h
print("end")
