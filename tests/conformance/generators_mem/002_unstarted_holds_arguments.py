class Noisy:
    def __init__(self, name):
        self.name = name
    def __del__(self):
        print("destroy", self.name)
def gen(obj):
    yield obj.name
g = gen(Noisy("argument"))
print("generator created")
del g
print("generator deleted")
h = gen(Noisy("argument 2"))
print(list(h))
print("end")
