class Noisy:
    def __init__(self, name):
        self.name = name
        print("create", name)
    def __del__(self):
        print("destroy", self.name)
x = Noisy("a")
x = Noisy("b")
print("rebound")
x = None
print("set to None")
y = Noisy("c")
z = y
y = Noisy("d")
print("z still holds c")
del z
print("end")
