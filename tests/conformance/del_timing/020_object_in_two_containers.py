class Noisy:
    def __init__(self, name):
        self.name = name
    def __del__(self):
        print("destroy", self.name)
a = [Noisy("only-a"), Noisy("both")]
b = [a[1]]
print("del a")
del a
print("clear b")
b.clear()
print("end")
