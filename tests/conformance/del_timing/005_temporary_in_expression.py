class Noisy:
    def __init__(self, name):
        self.name = name
    def __del__(self):
        print("destroy", self.name)
    def value(self):
        return len(self.name)
print("value", Noisy("temp").value())
total = Noisy("x").value() + Noisy("yy").value()
print("total", total)
name = Noisy("kept").name
print("name", name)
print(Noisy("arg").name, "printed")
