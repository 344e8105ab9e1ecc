class Noisy:
    def __init__(self, name):
        self.name = name
    def __del__(self):
        print("destroy", self.name)
    def hello(self):
        return "hello from " + self.name
n = Noisy("n")
m = n.hello
del n
print("name deleted")
print(m())
del m
print("end")
