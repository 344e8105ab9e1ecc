class Noisy:
    def __init__(self, name):
        self.name = name
    def __del__(self):
        print("destroy", self.name)
a = Noisy("a")
b = Noisy("b")
c = Noisy("c")
del c, a
print("--")
x = Noisy("x")
y = Noisy("y")
x, y = y, x
print("swapped")
x = y = None
print("end")
